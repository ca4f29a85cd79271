// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Optimization.Benchmarks;

namespace LogisticsSim.Optimization.Bench;

/// <summary>Mean gaps per instance class and per family, with vehicles beside them.</summary>
internal static class Summary
{
    public static void Write(IReadOnlyList<BenchmarkResult> results, TextWriter output)
    {
        output.WriteLine("| group | instances | all served, valid | mean gap % (classic BKS) | mean gap % (distance-only BKS) "
            + "| more vehicles than BKS | mean gap % where vehicles <= BKS | mean vehicles - BKS vehicles |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var groups = results.GroupBy(r => ClassOf(r.Instance)).Select(g => (Name: g.Key, Items: g.ToList()))
            .Concat(results.GroupBy(r => r.Family).Select(g => (Name: $"**{g.Key}**", Items: g.ToList())));
        foreach (var (name, items) in groups)
        {
            output.WriteLine($"| {name} | {items.Count} | {items.Count(r => r.AllServedValidly)} | "
                + $"{Mean(items.Select(r => r.GapPercent)):F2} | {Mean(items.Select(r => r.DistanceOnlyGapPercent)):F2} | "
                + $"{items.Count(r => r.BestKnown is { } b && r.VehiclesUsed > b.Vehicles)} | "
                + $"{Mean(items.Where(r => r.BestKnown is { } b && r.VehiclesUsed <= b.Vehicles).Select(r => r.GapPercent)):F2} | "
                + $"{Mean(items.Select(r => r.VehiclesUsed - r.BestKnown?.Vehicles)):F2} |");
        }
    }

    /// <summary>lc101 -> lc1, R205 -> R2: the published class of an instance.</summary>
    public static string ClassOf(string instance) => instance.Length > 2 ? instance[..^2] : instance;

    private static double? Mean(IEnumerable<double?> values)
    {
        var known = values.Where(v => v.HasValue).Select(v => v!.Value).ToList();
        return known.Count == 0 ? null : known.Average();
    }

    private static double? Mean(IEnumerable<int?> values) => Mean(values.Select(v => (double?)v));
}
