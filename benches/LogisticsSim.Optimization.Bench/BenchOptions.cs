// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Optimization.Routing;
using LogisticsSim.Optimization.Routing.OrTools;
using LogisticsSim.Optimization.Routing.Search;

namespace LogisticsSim.Optimization.Bench;

/// <summary>Command-line options shared by the modes: <c>--name value</c> pairs after the mode and its paths.</summary>
internal sealed class BenchOptions
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public BenchOptions(IEnumerable<string> args)
    {
        string? pending = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (pending is not null) _values[pending] = "true";
                pending = arg[2..];
            }
            else if (pending is not null)
            {
                _values[pending] = arg;
                pending = null;
            }
            else
            {
                Positional.Add(arg);
            }
        }
        if (pending is not null) _values[pending] = "true";
    }

    public double Number(string name, double fallback) =>
        _values.TryGetValue(name, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public string Text(string name, string fallback) => _values.GetValueOrDefault(name, fallback);

    public bool Flag(string name) => _values.TryGetValue(name, out var v) && v == "true";

    public SearchStrategy Strategy => Text("strategy", "rr") switch
    {
        "gls" => SearchStrategy.GuidedLocalSearch,
        "greedy" => SearchStrategy.GreedyDescent,
        "ils" => SearchStrategy.IteratedLocalSearch,
        _ => SearchStrategy.RuinAndRecreate,
    };

    public FirstSolutionHeuristic First => Heuristic(Text("first", "pci"));

    public IteratedSearchSettings Iterated => new(
        RuinedVisits: (int)Number("ruin", 20),
        Ruin: Flag("sisr") ? RuinMethod.StringRemoval : Flag("close-routes") ? RuinMethod.CloseRoutes : RuinMethod.RandomWalk,
        Recreate: Heuristic(Text("recreate", "pci")),
        AnnealingStartTemperature: Flag("greedy-acceptance") ? null : Number("anneal", 0),
        LeanDescent: !Flag("full-descent"));

    public RuinRecreateSettings RuinRecreate => new(
        AverageRemoved: Number("removed", 10),
        MaxStringLength: (int)Number("max-string", 10),
        SplitRate: Number("split-rate", 0.5),
        SplitDepth: Number("split-depth", 0.01),
        BlinkRate: Number("blink", 0.01),
        StartTemperature: Number("t0", 1),
        EndTemperature: Number("t1", 0.01),
        RouteRemovalRate: Number("route-removal", 0.1),
        FleetPhase: Number("fleet", 0.2),
        Seed: (int)Number("seed", 1));

    public static FirstSolutionHeuristic Heuristic(string name) => name switch
    {
        "lci" => FirstSolutionHeuristic.LocalCheapestInsertion,
        "pca" => FirstSolutionHeuristic.PathCheapestArc,
        "savings" => FirstSolutionHeuristic.Savings,
        "auto" => FirstSolutionHeuristic.Automatic,
        _ => FirstSolutionHeuristic.ParallelCheapestInsertion,
    };

    public string Describe() =>
        $"strategy {Strategy}, first solution {First}, "
        + (Strategy == SearchStrategy.RuinAndRecreate ? $"{RuinRecreate}" : $"ILS {Iterated}")
        + $", vehicle fixed cost {Number("fixed-cost", 0)}";
}
