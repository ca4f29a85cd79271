// SPDX-License-Identifier: Apache-2.0
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LogisticsSim.Optimization.Benchmarks;

/// <summary>Reads the BKS.json that ships beside benchmark instances.</summary>
public static class BestKnown
{
    /// <summary>The file name looked for beside an instance.</summary>
    public const string FileName = "BKS.json";

    /// <summary>Suffix of Solomon entries that are best known when distance alone is minimised.</summary>
    public const string DistanceOnlySuffix = "_distance";

    private sealed record Entry(
        [property: JsonPropertyName("best_known_cost")] double? BestKnownCost,
        [property: JsonPropertyName("solved_with_vehicles")] int? SolvedWithVehicles,
        [property: JsonPropertyName("vehicles")] int? Vehicles,
        [property: JsonPropertyName("capacity")] double? Capacity,
        [property: JsonPropertyName("jobs")] int? Jobs);

    /// <summary>All entries of a BKS.json, keyed case-insensitively by instance name.</summary>
    public static IReadOnlyDictionary<string, BestKnownSolution> Read(string path)
    {
        Dictionary<string, Entry>? entries;
        try
        {
            entries = JsonSerializer.Deserialize<Dictionary<string, Entry>>(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new FormatException($"{Path.GetFileName(path)}:{(e.LineNumber ?? 0) + 1}: {e.Message}", e);
        }
        var result = new Dictionary<string, BestKnownSolution>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, e) in entries ?? [])
        {
            if (e.BestKnownCost is not double cost || e.SolvedWithVehicles is not int vehicles)
            {
                throw new FormatException(
                    $"{Path.GetFileName(path)}: entry '{name}': expected best_known_cost and solved_with_vehicles, found them missing");
            }
            result[name] = new BestKnownSolution(cost, vehicles, e.Vehicles ?? 0, e.Capacity ?? 0, e.Jobs ?? 0);
        }
        return result;
    }

    /// <summary>
    /// The entries for the instance at <paramref name="instancePath"/> from the BKS.json beside it: the
    /// classic (fewest vehicles, then distance) one and, for Solomon, the distance-only one. Nulls when absent.
    /// </summary>
    public static (BestKnownSolution? Classic, BestKnownSolution? DistanceOnly) Beside(string instancePath)
    {
        string file = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(instancePath)) ?? ".", FileName);
        if (!File.Exists(file)) return (null, null);
        var all = Read(file);
        string name = Path.GetFileNameWithoutExtension(instancePath);
        return (all.GetValueOrDefault(name), all.GetValueOrDefault(name + DistanceOnlySuffix));
    }
}
