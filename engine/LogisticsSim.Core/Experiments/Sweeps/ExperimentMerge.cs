// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Experiments.Sweeps;

/// <summary>
/// Gathers unit results into one comparison per scenario and grid point. The outcome depends only on
/// the plan and the results' values, never on the order or the process in which units ran.
/// </summary>
public static class ExperimentMerge
{
    /// <summary>The ids of units with no result, in plan order.</summary>
    public static IReadOnlyList<string> Missing(IReadOnlyList<WorkUnit> units, IReadOnlyDictionary<string, IReadOnlyList<(string Path, double Value)>> results) =>
        units.Where(u => !results.ContainsKey(u.Id)).Select(u => u.Id).ToArray();

    /// <summary>One comparison per (scenario, grid point), in plan order; every unit must have a result.</summary>
    public static IReadOnlyList<MergedPoint> Merge(IReadOnlyList<WorkUnit> units, int strategies,
        IReadOnlyDictionary<string, IReadOnlyList<(string Path, double Value)>> results)
    {
        var merged = new List<MergedPoint>();
        foreach (var group in units.GroupBy(u => (u.Scenario, u.Point)).OrderBy(g => g.Key.Scenario).ThenBy(g => g.Key.Point))
        {
            var perStrategy = Enumerable.Range(0, strategies)
                .Select(s => (IReadOnlyList<IReadOnlyList<(string, double)>>)group.Where(u => u.Strategy == s)
                    .OrderBy(u => u.Replication).Select(u => results[u.Id]).ToArray())
                .ToArray();
            var first = group.First();
            merged.Add(new MergedPoint(first.Scenario, first.Point, first.Seed, perStrategy[0].Count, Comparison.Build(perStrategy)));
        }
        return merged;
    }
}
