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
/// <param name="ReplanEvery">Longest time without being asked: the model asks at this interval even when nothing happens.</param>
/// <param name="MinInterval">Shortest time between two solves: events in between reuse the last plan.</param>
/// <param name="Budget">Search limits: a solution limit by default, so that the same inputs give the same plan.</param>
/// <param name="MaxRequests">The most urgent open requests considered in one solve (the rest wait for the next).</param>
/// <param name="MaxParts">The most parts one request is cut into in one solve (the rest of it waits for the next).</param>
/// <param name="HorizonHours">How far ahead a route may reach.</param>
/// <param name="PricedStart">True: the search starts from <see cref="GreedyStart"/>'s plan, priced like the objective;
/// false: from the solver's own construction (<see cref="PlanningBudget.FirstSolution"/>), which prices only the moves.</param>
/// <param name="RuleFills">True: a vehicle free now that the plan leaves idle takes what a rule gives it from what the
/// plan's trips left (reported as dispatched_by_rule): the lazy rule, or the priority rule when <see cref="Postpone"/> is 0.</param>
/// <param name="Postpone">The share of each request's window (from ready to due) that its planned trip may wait for
/// cargo going the same way: of the plan's trips that start now, only those that fill their vehicle, or would otherwise
/// deliver a request with less than the rest of its window (and at least <see cref="PostponeMarginHours"/>) to spare,
/// leave; the others stay planned, and the lazy rule fills idle vehicles. 0: every planned trip that starts now leaves,
/// and the priority rule fills idle vehicles.</param>
/// <param name="Queues">True: where vehicles the strategy sent already wait more than
/// <see cref="OrToolsStrategy.QueueAheadHours"/> at a node with a handling rate (one vehicle at a time) and it cannot load the
/// cargo open there by its due times even working without a break, loading there is timed after them
/// (<see cref="HandlingQueues"/>), in the plan, in <see cref="Postpone"/>'s test and in when a vehicle will be free, and trips
/// to it, the rule's too, wait, most urgent first, until its queue is that short; false: every vehicle is timed as if alone
/// at a node.</param>
/// <param name="HoldRisk">Hours of delay a held trip is taken to risk: with <see cref="Postpone"/>, a planned trip waits only
/// if the operating cost of the round trip that waiting may save exceeds its cargo's price of this many hours late. 0: off.</param>
/// <param name="DecomposeAbove">Vehicles in the fleet above which an epoch is solved region by region (<see cref="EpochRegions"/>):
/// each region's vehicles with up to <see cref="MaxRequests"/> of the requests leaving from its places, one solve after
/// the other (a time limit shared among them). 0: never.</param>
/// <param name="Anticipate">Futures of demand sampled at each solve from the scenario's demand model (<see cref="Anticipation"/>):
/// a planned trip that would leave now waits, while its due times allow (<see cref="Postpone"/>'s test without the full-vehicle
/// rule), when each request it carries left now in fewer than <see cref="AnticipateShare"/> of them. 0: off.</param>
/// <param name="AnticipateShare">The share of sampled futures in which a request must leave now for its trip to leave now.</param>
public sealed record OrToolsStrategyOptions(
    SimTime ReplanEvery, SimTime MinInterval, PlanningBudget Budget, int MaxRequests, int MaxParts, double HorizonHours, bool PricedStart, bool RuleFills,
    double Postpone, bool Queues = true, double HoldRisk = 0, int DecomposeAbove = OrToolsStrategyOptions.DefaultDecomposeAbove, int Anticipate = 0, double AnticipateShare = 0.5)
{
    /// <summary>
    /// The fleet size above which epochs are decomposed by default: the largest fleet in the benchmark suite is 230
    /// vehicles (Sindh), the country scenario's 300.
    /// </summary>
    public const int DefaultDecomposeAbove = 250;

    /// <summary>The least slack kept before a due time when deciding that a trip must leave now (the lazy rule's default margin).</summary>
    public const double PostponeMarginHours = 2;

    /// <summary>The share of a vehicle (tonnes or m3) that sends a trip at once: a full load gains nothing by waiting.</summary>
    public const double FullShare = 0.9;


    /// <summary>The search names an option may give, and what each means.</summary>
    private static readonly (string Name, SearchStrategy Strategy)[] Searches =
    [
        ("greedy", SearchStrategy.GreedyDescent),
        ("guided", SearchStrategy.GuidedLocalSearch),
        ("iterated", SearchStrategy.IteratedLocalSearch),
        ("ruin", SearchStrategy.RuinAndRecreate),
    ];

    /// <summary>The constructions an option may name.</summary>
    private static readonly (string Name, FirstSolutionHeuristic? Heuristic)[] Constructions =
    [
        ("priced", null),
        ("local", FirstSolutionHeuristic.LocalCheapestInsertion),
        ("parallel", FirstSolutionHeuristic.ParallelCheapestInsertion),
        ("savings", FirstSolutionHeuristic.Savings),
        ("path", FirstSolutionHeuristic.PathCheapestArc),
    ];

    /// <summary>
    /// Deterministic defaults (measured in benches/README.md): asked at least every 6 h, solving at most every
    /// 4 h (2 h took twice as long for the same objective on Idai and Yemen); a greedy plan priced like the
    /// objective, then greedy descent stopped at its first solution (30 solutions gave a 4% lower objective on an
    /// Idai replication but took 35 times as long); 60 requests a solve, each in at most 4 parts; routes reaching
    /// 48 h ahead; a planned trip waiting for company for up to half its requests' windows (three quarters took the
    /// tight fleet's trucks too close to their due times, a quarter consolidated less on the ample fleet and Cabo
    /// Delgado), idle vehicles filled by the lazy rule.
    /// </summary>
    public static OrToolsStrategyOptions Default { get; } = new(
        SimTime.FromHours(6), SimTime.FromHours(4),
        new PlanningBudget(null, 1, SearchStrategy.GreedyDescent, FirstSolutionHeuristic.LocalCheapestInsertion),
        MaxRequests: 60, MaxParts: 4, HorizonHours: 48, PricedStart: true, RuleFills: true, Postpone: 0.5);

    /// <summary>The strategy's name and options, with the defaults above.</summary>
    public static StrategyDescriptor Descriptor { get; } = new("ortools",
        "Dynamic dispatch: the whole fleet planned with OR-Tools on the objective's own prices, each free vehicle sent on its next trip.",
        [
            StrategyOption.Duration("replan_every", TimeSpan.FromHours(Default.ReplanEvery.Hours),
                "Longest interval without a decision epoch (requests, free vehicles and hazards start one anyway)."),
            StrategyOption.Duration("min_interval", TimeSpan.FromHours(Default.MinInterval.Hours),
                "Shortest interval between two solves (a hazard that changes the network starts one sooner); epochs in between reuse the last plan."),
            StrategyOption.WholeNumber("solution_limit", Default.Budget.SolutionLimit,
                "Solutions the search explores per solve before it stops: the reproducible limit (none by default when time_limit is given)."),
            StrategyOption.Duration("time_limit", Default.Budget.TimeLimit,
                "Wall-clock limit per solve; results then depend on the machine's speed."),
            StrategyOption.Choice("search", Searches.Single(s => s.Strategy == Default.Budget.Strategy).Name, Searches.Select(s => s.Name).ToArray(),
                "Improvement search: OR-Tools' greedy descent, guided local search or iterated local search (ruin and recreate, a descent each step), or ruin: string removals and reinsertion in .NET from the first plan, no OR-Tools model built, solution_limit counting its steps."),
            StrategyOption.Choice("first_solution", "priced", Constructions.Select(c => c.Name).ToArray(),
                "First plan: greedy, priced like the objective, or the solver's own construction (local or parallel cheapest insertion, savings, path cheapest arc), which prices only the moves."),
            StrategyOption.WholeNumber("max_requests", Default.MaxRequests,
                "The most urgent open requests planned in one solve; the rest wait for the next."),
            StrategyOption.WholeNumber("max_parts", Default.MaxParts,
                "The most parts a request is cut into in one solve (each part fits every vehicle type that reaches its destination)."),
            StrategyOption.Number("horizon_hours", Default.HorizonHours,
                "How far ahead, in hours, a route may reach.", min: 0, minExclusive: true),
            StrategyOption.Flag("rule_fills", Default.RuleFills,
                "A free vehicle the plan leaves idle takes what a rule gives it from what the plan left: the lazy rule, or the priority rule when postpone is 0 (counted in dispatched_by_rule)."),
            StrategyOption.Number("postpone", Default.Postpone,
                "Share of each request's window (ready to due) its planned trip may wait for cargo going the same way: a trip leaves when its vehicle is 90% full or a request would otherwise have less than the rest of its window (and 2 h) to spare, and the lazy rule fills idle vehicles. 0: every planned trip leaves at once, and the priority rule fills.") with { Max = 1 },
            StrategyOption.Flag("queues", Default.Queues,
                "Where vehicles already wait over an hour at a node with a handling rate (one vehicle at a time) and it cannot load the cargo open there by its due times, time loading there after the vehicles already sent, in the plan, in when a held trip must leave and in when a vehicle will be free, and hold trips to it, most urgent first, until its queue is under an hour. false: every vehicle is timed as if alone at a node."),
            StrategyOption.Number("hold_risk", Default.HoldRisk,
                "Hours of delay a held trip is taken to risk (a closure or breakdown meeting it): a planned trip waits only if the round trip it may save costs more than its cargo's lateness over these hours, at the objective's prices. 0: it waits whatever it carries."),
            StrategyOption.WholeNumber("decompose_above", Default.DecomposeAbove,
                "With a fleet of more vehicles than this, each epoch is solved region by region, one solve after the other, each with up to max_requests requests (a time_limit is shared among them): a region is a base of the fleet with the bases within 30 km (a city's hub, port and airport), its vehicles are those based there, its requests those leaving from the places nearest its bases. 0: never.", min: 0),
            StrategyOption.WholeNumber("anticipate", Default.Anticipate,
                "Futures of demand sampled at each solve from the scenario's demand model, on the strategy's own random streams: a planned trip that would leave now waits, while its due times allow, when its requests leave now in fewer than anticipate_share of the futures' plans. 0: off.", min: 0),
            StrategyOption.Number("anticipate_share", Default.AnticipateShare,
                "With anticipate, the share of sampled futures in which a request must leave now for its trip to leave now.") with { Max = 1 },
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
        var construction = Constructions.Single(c => c.Name == settings.Choice("first_solution")).Heuristic;
        return new OrToolsStrategyOptions(
            SimTime.FromSeconds(settings.Duration("replan_every")!.Value.TotalSeconds),
            SimTime.FromSeconds(settings.Duration("min_interval")!.Value.TotalSeconds),
            Default.Budget with { TimeLimit = time, SolutionLimit = solutions, Strategy = search, FirstSolution = construction ?? Default.Budget.FirstSolution },
            (int)settings.WholeNumber("max_requests")!.Value,
            (int)settings.WholeNumber("max_parts")!.Value,
            settings.Number("horizon_hours")!.Value,
            construction is null,
            settings.Flag("rule_fills")!.Value,
            settings.Number("postpone")!.Value,
            settings.Flag("queues")!.Value,
            settings.Number("hold_risk")!.Value,
            (int)settings.WholeNumber("decompose_above")!.Value,
            (int)settings.WholeNumber("anticipate")!.Value,
            settings.Number("anticipate_share")!.Value);
    }
}
