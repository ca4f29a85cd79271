// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Core.Scenarios;

namespace LogisticsSim.Core.Experiments.Sweeps;

/// <summary>
/// An experiment expanded into work units: scenario x grid point x replication x strategy, in that
/// order, each with a stable id. The expansion depends only on the experiment file, so every process
/// (one machine, shards, a resumed run, a cluster's array tasks) sees the same units under the same ids.
/// </summary>
public sealed class ExperimentPlan
{
    /// <summary>Expands an experiment; <paramref name="scenarioSeeds"/> gives each scenario's own seed, used when the experiment states none.</summary>
    public ExperimentPlan(Experiment experiment, IReadOnlyList<long> scenarioSeeds)
    {
        Experiment = experiment;
        ScenarioLabels = experiment.Scenarios.Select(Path.GetFileNameWithoutExtension).Select(s => s!).ToArray();
        Points = Expand(experiment.Grid);
        var units = new List<WorkUnit>();
        for (int sc = 0; sc < experiment.Scenarios.Count; sc++)
        {
            long seed = experiment.Seed ?? scenarioSeeds[sc];
            foreach (var point in Points)
            {
                for (int r = 0; r < experiment.Replications; r++)
                {
                    for (int st = 0; st < experiment.Strategies.Count; st++)
                    {
                        string id = string.Create(CultureInfo.InvariantCulture,
                            $"{ScenarioLabels[sc]}.p{point.Index:D3}.{experiment.Strategies[st].Label}.r{r:D4}");
                        units.Add(new WorkUnit(units.Count, id, sc, point.Index, st, r, seed));
                    }
                }
            }
        }
        Units = units;
    }

    /// <summary>The experiment.</summary>
    public Experiment Experiment { get; }

    /// <summary>Each scenario's label (its file name without extension), as unit ids and tables use it.</summary>
    public IReadOnlyList<string> ScenarioLabels { get; }

    /// <summary>The grid points, in order.</summary>
    public IReadOnlyList<GridPoint> Points { get; }

    /// <summary>Every unit, in plan order.</summary>
    public IReadOnlyList<WorkUnit> Units { get; }

    /// <summary>The units of one shard, in plan order.</summary>
    public IReadOnlyList<WorkUnit> Shard(ShardSpec shard) => Units.Where(u => shard.Contains(u.Index)).ToArray();

    /// <summary>The cartesian product of the axes, the last varying fastest; one empty point without axes.</summary>
    private static List<GridPoint> Expand(IReadOnlyList<GridAxis> grid)
    {
        var combos = new List<List<ScenarioOverride>> { new() };
        foreach (var axis in grid)
        {
            combos = combos.SelectMany(c => axis.Values.Select(v => new List<ScenarioOverride>(c) { v })).ToList();
        }
        return combos.Select((c, i) => new GridPoint(i, c)).ToList();
    }
}
