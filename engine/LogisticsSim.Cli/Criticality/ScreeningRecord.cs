// SPDX-License-Identifier: Apache-2.0
using System.Text.Json;
using LogisticsSim.Cli.Output;
using LogisticsSim.Cli.Sweeps;

namespace LogisticsSim.Cli.Criticality;

/// <summary>
/// <c>DIR/screening.json</c>: the baseline's tonnes per link summed over its replications, and the keys of the units
/// they came from; a study run again uses it only when the keys are those of its own baseline.
/// </summary>
public static class ScreeningRecord
{
    public static void Write(string outDir, IReadOnlyList<PlannedUnit> baseline, IReadOnlyDictionary<string, double> tonnes)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(tonnes);
        new OutputDirectory(outDir).Write(CriticalityStudy.ScreeningFile, writer => JsonFile.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("keys");
            foreach (var u in baseline) json.WriteStringValue(u.Key);
            json.WriteEndArray();
            json.WriteStartObject("link_tonnes");
            foreach (var (link, t) in tonnes.OrderBy(kv => kv.Key, StringComparer.Ordinal)) JsonFile.Number(json, link, t);
            json.WriteEndObject();
            json.WriteEndObject();
        }));
    }

    /// <summary>The tonnes per link, or null when there is no record or it was made for another baseline.</summary>
    public static Dictionary<string, double>? Read(string outDir, IReadOnlyList<PlannedUnit> baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        string path = Path.Combine(outDir, CriticalityStudy.ScreeningFile);
        if (!File.Exists(path)) return null;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var keys = doc.RootElement.GetProperty("keys").EnumerateArray().Select(k => k.GetString()).ToArray();
            if (!keys.SequenceEqual(baseline.Select(u => u.Key))) return null;
            return doc.RootElement.GetProperty("link_tonnes").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IOException or FormatException)
        {
            return null;
        }
    }
}
