// SPDX-License-Identifier: Apache-2.0
using System.Text.Json;
using LogisticsSim.Cli.Output;

namespace LogisticsSim.Cli.Sweeps;

/// <summary>
/// One file per unit under <c>DIR/units/</c>: <c>ID.json</c> holds the unit's key and its replication's
/// KPI vector, <c>ID.failed.json</c> the error of a unit that threw. Each is written to a temporary name
/// and renamed, so a killed process never leaves a half-written result. Numbers are written shortest
/// round-trip, so reading a result back gives the very doubles that were computed.
/// </summary>
public sealed class UnitFiles(string outDir)
{
    public string Folder { get; } = Path.Combine(Path.GetFullPath(outDir), "units");

    public string ResultPath(string id) => Path.Combine(Folder, id + ".json");

    public string FailurePath(string id) => Path.Combine(Folder, id + ".failed.json");

    /// <summary>The result and failure files in the folder that belong to none of <paramref name="ids"/>, by name in order.</summary>
    public IReadOnlyList<string> Strangers(IReadOnlySet<string> ids) =>
        Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, "*.json").Select(Path.GetFileName).OfType<string>()
                .Where(f => !f.StartsWith('.') && !ids.Contains(f.EndsWith(".failed.json", StringComparison.Ordinal) ? f[..^12] : f[..^5]))
                .Order(StringComparer.Ordinal).ToArray()
            : [];

    /// <param name="unit">The unit.</param>
    /// <param name="kpis">Its replication's KPI vector.</param>
    /// <param name="wallSeconds">How long it took, for timings.csv; kept apart from the KPIs, which are reproducible and it is not.</param>
    public void WriteResult(PlannedUnit unit, IReadOnlyList<(string Path, double Value)> kpis, double? wallSeconds = null)
    {
        Write(ResultPath(unit.Id), json =>
        {
            WriteKey(json, unit);
            if (wallSeconds is { } seconds) JsonFile.Number(json, "wall_seconds", seconds);
            json.WriteStartObject("kpis");
            foreach (var (path, value) in kpis)
            {
                JsonFile.Number(json, path, value);
            }
            json.WriteEndObject();
        });
        File.Delete(FailurePath(unit.Id)); // an earlier failure of this unit no longer counts
    }

    public void WriteFailure(PlannedUnit unit, string error) =>
        Write(FailurePath(unit.Id), json =>
        {
            WriteKey(json, unit);
            json.WriteString("error", error);
        });

    /// <summary>The unit's KPI vector when its result exists and was made for this very unit (same key); else null.</summary>
    public IReadOnlyList<(string Path, double Value)>? ReadResult(PlannedUnit unit)
    {
        string path = ResultPath(unit.Id);
        if (!File.Exists(path)) return null;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            if (root.GetProperty("unit").GetString() != unit.Id || root.GetProperty("key").GetString() != unit.Key) return null;
            return root.GetProperty("kpis").EnumerateObject()
                .Select(p => (p.Name, p.Value.ValueKind == JsonValueKind.Null ? double.NaN : p.Value.GetDouble())).ToArray();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IOException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The wall seconds its result records, or NaN (no result, or one written without them).</summary>
    public double ReadWallSeconds(PlannedUnit unit)
    {
        string path = ResultPath(unit.Id);
        if (!File.Exists(path)) return double.NaN;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            return doc.RootElement.TryGetProperty("wall_seconds", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetDouble() : double.NaN;
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return double.NaN;
        }
    }

    /// <summary>The first line of a failed unit's error, when it failed.</summary>
    public string? ReadFailure(PlannedUnit unit)
    {
        string path = FailurePath(unit.Id);
        if (!File.Exists(path)) return null;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            return doc.RootElement.GetProperty("error").GetString()?.Split('\n')[0];
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IOException)
        {
            return "unreadable failure record";
        }
    }

    private static void WriteKey(Utf8JsonWriter json, PlannedUnit unit)
    {
        json.WriteString("unit", unit.Id);
        json.WriteString("key", unit.Key);
        json.WriteString("scenario", unit.Scenario);
        json.WriteNumber("point", unit.Unit.Point);
        json.WriteString("strategy", unit.Strategy);
        json.WriteNumber("replication", unit.Unit.Replication);
        json.WriteNumber("seed", unit.Unit.Seed);
    }

    private void Write(string path, Action<Utf8JsonWriter> body)
    {
        new OutputDirectory(Folder).Write(Path.GetFileName(path), writer =>
        {
            JsonFile.Write(writer, json =>
            {
                json.WriteStartObject();
                body(json);
                json.WriteEndObject();
            });
        });
    }
}
