// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Experiments;

namespace LogisticsSim.Optimization.Planning;

/// <summary>A plan's simulation check over the whole ensemble.</summary>
/// <param name="Replications">Runs per hazard scenario.</param>
/// <param name="Seed">Master seed of the runs.</param>
/// <param name="Scenarios">Per hazard scenario, promised against simulated.</param>
/// <param name="ExpectedPromisedFill">The plan's expected fill rate.</param>
/// <param name="ExpectedSimulatedFillInterval">
/// Expected simulated delivered over expected demand, with its 95% interval over replications (replication r of
/// every hazard scenario together is one draw).
/// </param>
/// <param name="ExpectedPromisedDeprivation">The plan's expected deprivation, person-days.</param>
/// <param name="ExpectedSimulatedDeprivation">Expected simulated deprivation, person-days.</param>
public sealed record PlanCheckResult(
    int Replications,
    long Seed,
    IReadOnlyList<ScenarioCheck> Scenarios,
    double ExpectedPromisedFill,
    Interval ExpectedSimulatedFillInterval,
    double ExpectedPromisedDeprivation,
    double ExpectedSimulatedDeprivation)
{
    /// <summary>The mean of <see cref="ExpectedSimulatedFillInterval"/>.</summary>
    public double ExpectedSimulatedFill => ExpectedSimulatedFillInterval.Mean;
}
