// SPDX-License-Identifier: Apache-2.0
using System.Text.Json;

namespace LogisticsSim.Reporting.Files;

/// <summary>Reads criticality.json as `criticality` writes it.</summary>
public static class CriticalityJson
{
    public const string FileName = "criticality.json";

    public static CriticalityResults Read(string text, string file)
    {
        using var document = ResultsJson.Parse(text, file);
        var root = document.RootElement;
        if (!root.TryGetProperty("changes", out var changes) || changes.ValueKind != JsonValueKind.Array) throw ResultsJson.Missing(file, "changes", "an array of changes");
        var rows = changes.EnumerateArray().Select(c => new CriticalityChangeResult(
            c.TryGetProperty("rank", out var r) && r.ValueKind == JsonValueKind.Number ? r.GetInt32() : 0,
            ResultsJson.Text(c, "kind", file), ResultsJson.Text(c, "target", file), ResultsJson.Text(c, "action", file),
            c.TryGetProperty("covers_zero", out var z) && z.ValueKind == JsonValueKind.True,
            Estimate(c, "objective"), Estimate(c, "fill_rate"), Estimate(c, "on_time_rate"), Estimate(c, "deprivation_person_days"))).ToArray();
        var screened = root.TryGetProperty("screened_out", out var s) && s.ValueKind == JsonValueKind.Array
            ? s.EnumerateArray().Select(x => (ResultsJson.Text(x, "kind", file), ResultsJson.Text(x, "target", file), ResultsJson.Text(x, "action", file))).ToArray()
            : [];
        return new CriticalityResults(ResultsJson.Text(root, "scenario", file), ResultsJson.Text(root, "strategy", file),
            root.TryGetProperty("seed", out var seed) && seed.ValueKind == JsonValueKind.Number ? seed.GetInt64() : 0,
            root.TryGetProperty("replications", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt32() : 0,
            root.TryGetProperty("direction", out var d) && d.GetString() == "gains",
            root.TryGetProperty("disruption", out var dis) && dis.ValueKind == JsonValueKind.String ? dis.GetString()! : "",
            rows, screened);
    }

    private static KpiEstimate Estimate(JsonElement change, string kpi)
    {
        if (!change.TryGetProperty(kpi, out var e) || e.ValueKind != JsonValueKind.Object) return new KpiEstimate(kpi, double.NaN, double.NaN, double.NaN);
        return new KpiEstimate(kpi, ResultsJson.Number(e, "mean"), ResultsJson.Bound(e, 0), ResultsJson.Bound(e, 1));
    }
}
