// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;
using LogisticsSim.Optimization.Routing;

namespace LogisticsSim.Optimization.Strategies;

/// <summary>
/// The ortools strategy's settings. <see cref="Default"/> is the one place its defaults live: the
/// descriptor (and so the scenario check, the command line and the documentation, which a test holds
/// to it) reads them from there.
/// </summary>
/// <param name="ReplanEvery">Interval between decision epochs.</param>
/// <param name="Budget">Search limits: a solution limit by default, so that the same inputs give the same plan.</param>
/// <param name="MaxRequests">The most urgent open requests considered in one epoch (the rest wait for the next).</param>
/// <param name="LatenessCostPerHour">Objective cost of an hour of lateness per delivery, in hours of travel.</param>
/// <param name="HorizonHours">How far ahead a route may reach.</param>
public sealed record OrToolsStrategyOptions(
    SimTime ReplanEvery, PlanningBudget Budget, int MaxRequests, double LatenessCostPerHour, double HorizonHours)
{
    /// <summary>The search names an option may give, and what each means.</summary>
    private static readonly (string Name, SearchStrategy Strategy)[] Searches =
    [
        ("guided", SearchStrategy.GuidedLocalSearch),
        ("iterated", SearchStrategy.IteratedLocalSearch),
        ("greedy", SearchStrategy.GreedyDescent),
    ];

    /// <summary>
    /// Deterministic defaults: replan every 6 h; parallel cheapest insertion, then guided local search
    /// stopped after 30 solutions (the settings measured in benches/README.md); 80 requests an epoch,
    /// lateness at 10 hours of travel per hour, routes reaching 72 h ahead.
    /// </summary>
    public static OrToolsStrategyOptions Default { get; } = new(
        SimTime.FromHours(6),
        new PlanningBudget(null, 30, SearchStrategy.GuidedLocalSearch, FirstSolutionHeuristic.ParallelCheapestInsertion),
        MaxRequests: 80, LatenessCostPerHour: 10, HorizonHours: 72);

    /// <summary>The strategy's name and options, with the defaults above.</summary>
    public static StrategyDescriptor Descriptor { get; } = new("ortools",
        "Rolling-horizon optimiser: a pickup-and-delivery model solved with OR-Tools at every epoch, carried out trip by trip.",
        [
            StrategyOption.Duration("replan_every", TimeSpan.FromHours(Default.ReplanEvery.Hours),
                "Interval between planning epochs (a hazard that changes the network also starts one)."),
            StrategyOption.WholeNumber("solution_limit", Default.Budget.SolutionLimit,
                "Solutions the search explores per epoch before it stops: the reproducible limit (none by default when time_limit is given)."),
            StrategyOption.Duration("time_limit", Default.Budget.TimeLimit,
                "Wall-clock limit per epoch; results then depend on the machine's speed."),
            StrategyOption.Choice("search", Searches.Single(s => s.Strategy == Default.Budget.Strategy).Name, Searches.Select(s => s.Name).ToArray(),
                "Improvement search: guided local search, iterated local search (ruin and recreate) or greedy descent."),
            StrategyOption.WholeNumber("max_requests", Default.MaxRequests,
                "The most urgent open requests planned in one epoch; the rest wait for the next."),
            StrategyOption.Number("lateness_cost_per_hour", Default.LatenessCostPerHour,
                "Objective cost of an hour of lateness per delivery, in hours of travel."),
            StrategyOption.Number("horizon_hours", Default.HorizonHours,
                "How far ahead, in hours, a route may reach.", min: 0, minExclusive: true),
        ]);

    /// <summary>
    /// The settings <paramref name="settings"/> give (read against <see cref="Descriptor"/>, defaults
    /// filled in). A time limit alone lifts the default solution limit: asking for a time is asking the
    /// search to use it.
    /// </summary>
    public static OrToolsStrategyOptions From(StrategySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!ReferenceEquals(settings.Descriptor, Descriptor)) throw new ArgumentException($"settings for '{settings.Descriptor.Name}', not ortools", nameof(settings));
        var time = settings.Duration("time_limit");
        long? solutions = time is not null && !settings.IsGiven("solution_limit") ? null : settings.WholeNumber("solution_limit");
        var search = Searches.Single(s => s.Name == settings.Choice("search")).Strategy;
        return new OrToolsStrategyOptions(
            SimTime.FromSeconds(settings.Duration("replan_every")!.Value.TotalSeconds),
            Default.Budget with { TimeLimit = time, SolutionLimit = solutions, Strategy = search },
            (int)settings.WholeNumber("max_requests")!.Value,
            settings.Number("lateness_cost_per_hour")!.Value,
            settings.Number("horizon_hours")!.Value);
    }
}
