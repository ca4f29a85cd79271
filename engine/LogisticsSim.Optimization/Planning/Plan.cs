// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Planning;

/// <summary>
/// A solved capacity plan: the first-stage decisions, what they promise in each hazard scenario, and how
/// good the solve was. Promises are the model's aggregate answer; <see cref="PlanCheck"/> tests them by simulation.
/// </summary>
/// <param name="Status">optimal (within the gap), feasible (time limit hit with a plan), infeasible, or not_solved.</param>
/// <param name="Solver">The MIP solver used.</param>
/// <param name="Objective">Expected weighted unmet demand plus costs, of the plan returned.</param>
/// <param name="Bound">The solver's proven lower bound on the optimum.</param>
/// <param name="Gap">(objective - bound) / objective.</param>
/// <param name="LpRelaxation">The optimum with hubs and vehicles allowed to be fractional: how much integrality costs.</param>
/// <param name="Budget">The budget the plan was held to, or null.</param>
/// <param name="FirstStageCost">What the decisions cost: hubs, stock and vehicles.</param>
/// <param name="Hubs">Hubs opened, with their size.</param>
/// <param name="Stock">Tonnes of each item at each hub.</param>
/// <param name="Vehicles">Units of each fleet entry at each hub.</param>
/// <param name="Scenarios">Per hazard scenario, what the plan promises.</param>
/// <param name="Expected">The promises weighted by scenario probability.</param>
public sealed record Plan(
    string Status,
    string Solver,
    double Objective,
    double Bound,
    double Gap,
    double LpRelaxation,
    double? Budget,
    double FirstStageCost,
    IReadOnlyList<HubDecision> Hubs,
    IReadOnlyList<StockDecision> Stock,
    IReadOnlyList<VehicleDecision> Vehicles,
    IReadOnlyList<ScenarioPromise> Scenarios,
    ExpectedOutcome Expected);
