// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting.Planning;

/// <summary>What the report shows of plan.json: the solve, the decisions, and promised against simulated fill.</summary>
/// <param name="Scenario">The scenario planned.</param>
/// <param name="Solver">The MIP solver.</param>
/// <param name="Status">optimal or feasible.</param>
/// <param name="Objective">The plan's objective.</param>
/// <param name="Bound">The solver's bound.</param>
/// <param name="Gap">Relative gap.</param>
/// <param name="LpRelaxation">The LP relaxation's optimum.</param>
/// <param name="Budget">The budget, or NaN for none.</param>
/// <param name="FirstStageCost">What the decisions cost.</param>
/// <param name="Decisions">One row per open hub: node, size, stock, vehicles, cost.</param>
/// <param name="Scenarios">Per hazard scenario: promised and simulated fill.</param>
public sealed record PlanResults(
    string Scenario,
    string Solver,
    string Status,
    double Objective,
    double Bound,
    double Gap,
    double LpRelaxation,
    double Budget,
    double FirstStageCost,
    IReadOnlyList<HubPlan> Decisions,
    IReadOnlyList<ScenarioFill> Scenarios);
