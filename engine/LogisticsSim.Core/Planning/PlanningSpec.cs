// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Planning;

/// <summary>
/// The <c>planning</c> section of a scenario: what may be decided before the season (candidate hubs and
/// their sizes, stock of each item, vehicles of each fleet entry), what it costs, and the ensemble of hazard
/// scenarios the decisions must answer, each with its probability.
/// </summary>
/// <param name="Window">The response window: how long after the hazard deliveries still count.</param>
/// <param name="Budget">Most the first-stage decisions may cost, or null for no limit.</param>
/// <param name="TargetFill">
/// When set, the plan is the cheapest whose expected fill rate reaches this share, rather than the one that
/// meets most need within the budget.
/// </param>
/// <param name="Items">Cost, unmet penalty and ration of each item that may be stocked.</param>
/// <param name="Hubs">Candidate hubs, each with the sizes it may be opened at.</param>
/// <param name="Vehicles">Fleet entries whose units may be placed at open hubs, with their cost.</param>
/// <param name="Scenarios">The hazard scenarios, with probabilities summing to 1.</param>
public sealed record PlanningSpec(
    SimTime Window,
    double? Budget,
    double? TargetFill,
    IReadOnlyList<PlanningItem> Items,
    IReadOnlyList<CandidateHub> Hubs,
    IReadOnlyList<PlanningVehicle> Vehicles,
    IReadOnlyList<HazardScenario> Scenarios);
