// SPDX-License-Identifier: Apache-2.0
using System.Text.Json;

namespace LogisticsSim.Reporting.Files;

/// <summary>Reads summary.json, compare.json and results.json, the files `run`, `compare` and `merge` write.</summary>
public static class ResultsJson
{
    public const string SummaryFileName = "summary.json";
    public const string ComparisonFileName = "compare.json";

    private static readonly HashSet<string> NotKpis = new(StringComparer.Ordinal) { "scenario", "strategy", "seed", "replications", "precision", "ci95", "per_replication" };

    public static RunResults ReadSummary(string text, string file)
    {
        using var document = Parse(text, file);
        var root = document.RootElement;
        var means = new List<(string Path, double Value)>();
        Flatten(root, "", means, NotKpis);
        var intervals = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        if (root.TryGetProperty("ci95", out var ci95)) FlattenIntervals(ci95, "", intervals);
        var kpis = means.Select(m =>
        {
            var (low, high) = intervals.TryGetValue(m.Path, out var i) ? i : (double.NaN, double.NaN);
            return new KpiEstimate(m.Path, m.Value, low, high);
        }).ToArray();
        return new RunResults(Text(root, "scenario", file), Text(root, "strategy", file), Integer(root, "seed", file), (int)Integer(root, "replications", file), kpis);
    }

    public static ComparisonResults ReadComparison(string text, string file)
    {
        using var document = Parse(text, file);
        var root = document.RootElement;
        if (!root.TryGetProperty("strategies", out var list) || list.ValueKind != JsonValueKind.Array) throw Missing(file, "strategies", "a list of strategy names");
        var strategies = list.EnumerateArray().Select(s => s.GetString() ?? "").ToArray();
        return Comparison(root, strategies, file, "");
    }

    public const string ExperimentFileName = "results.json";

    /// <summary>results.json, as `merge` writes it: the tables of `compare` for every scenario and grid point.</summary>
    public static ExperimentResults ReadExperiment(string text, string file)
    {
        using var document = Parse(text, file);
        var root = document.RootElement;
        if (!root.TryGetProperty("strategies", out var list) || list.ValueKind != JsonValueKind.Array) throw Missing(file, "strategies", "a list of strategy names");
        var strategies = list.EnumerateArray().Select(s => s.GetString() ?? "").ToArray();
        if (!root.TryGetProperty("points", out var points) || points.ValueKind != JsonValueKind.Array) throw Missing(file, "points", "a list of grid points");
        var read = new List<ExperimentPoint>();
        int i = 0;
        foreach (var point in points.EnumerateArray())
        {
            string where = $"points[{i++}].";
            var overrides = point.TryGetProperty("overrides", out var o) && o.ValueKind == JsonValueKind.Object
                ? o.EnumerateObject().Select(p => $"{p.Name} = {p.Value}").ToArray()
                : [];
            var results = Comparison(point, strategies, file, where);
            read.Add(new ExperimentPoint(overrides.Length == 0 ? results.Scenario : $"{results.Scenario}, {string.Join(", ", overrides)}", results));
        }
        return new ExperimentResults(Text(root, "experiment", file), strategies, read);
    }

    /// <summary>One compare-shaped object: scenario, seed, replications and kpis (<paramref name="where"/> prefixes paths in errors).</summary>
    private static ComparisonResults Comparison(JsonElement root, string[] strategies, string file, string where)
    {
        if (!root.TryGetProperty("kpis", out var kpis) || kpis.ValueKind != JsonValueKind.Object) throw Missing(file, where + "kpis", "an object of KPIs");
        var rows = new List<(string, IReadOnlyList<KpiEstimate>)>();
        foreach (var kpi in kpis.EnumerateObject())
        {
            rows.Add((kpi.Name, strategies.Select(s => kpi.Value.TryGetProperty(s, out var e)
                ? new KpiEstimate(kpi.Name, Number(e, "mean"), Bound(e, 0), Bound(e, 1))
                : new KpiEstimate(kpi.Name, double.NaN, double.NaN, double.NaN)).ToArray()));
        }
        return new ComparisonResults(Text(root, "scenario", file), Integer(root, "seed", file), (int)Integer(root, "replications", file), strategies, rows);
    }

    internal static JsonDocument Parse(string text, string file)
    {
        try
        {
            var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object) throw new ReportInputException($"{file}: found a JSON {document.RootElement.ValueKind}, expected an object");
            return document;
        }
        catch (JsonException e)
        {
            throw new ReportInputException($"{file}:{e.LineNumber + 1}: found text that is not JSON, expected the file as `logisticssim` writes it ({e.Message})");
        }
    }

    private static void Flatten(JsonElement element, string prefix, List<(string, double)> into, HashSet<string>? skip)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (skip is not null && skip.Contains(property.Name)) continue;
            string path = prefix.Length == 0 ? property.Name : prefix + "." + property.Name;
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Object: Flatten(property.Value, path, into, null); break;
                case JsonValueKind.Number: into.Add((path, property.Value.GetDouble())); break;
                case JsonValueKind.Null: into.Add((path, double.NaN)); break;
                default: break; // text and lists are no KPI means (intervals are read from ci95)
            }
        }
    }

    private static void FlattenIntervals(JsonElement element, string prefix, Dictionary<string, (double, double)> into)
    {
        foreach (var property in element.EnumerateObject())
        {
            string path = prefix.Length == 0 ? property.Name : prefix + "." + property.Name;
            if (property.Value.ValueKind == JsonValueKind.Object) FlattenIntervals(property.Value, path, into);
            else if (property.Value.ValueKind == JsonValueKind.Array && property.Value.GetArrayLength() == 2)
            {
                into[path] = (Value(property.Value[0]), Value(property.Value[1]));
            }
        }
    }

    internal static double Value(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetDouble() : double.NaN;

    internal static double Number(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? Value(v) : double.NaN;

    internal static double Bound(JsonElement e, int index) =>
        e.TryGetProperty("ci95", out var ci) && ci.ValueKind == JsonValueKind.Array && ci.GetArrayLength() == 2 ? Value(ci[index]) : double.NaN;

    internal static string Text(JsonElement root, string name, string file) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : throw Missing(file, name, "a string");

    private static long Integer(JsonElement root, string name, string file) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out long n) ? n : throw Missing(file, name, "a whole number");

    internal static ReportInputException Missing(string file, string name, string expected) =>
        new($"{file}: {name}: found nothing usable, expected {expected}");
}
