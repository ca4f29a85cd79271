// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Experiments;

namespace LogisticsSim.Optimization.Planning;

/// <summary>One hazard scenario: the fill rate the plan promised beside the one the simulation achieved.</summary>
/// <param name="Id">The hazard scenario.</param>
/// <param name="Probability">Its probability.</param>
/// <param name="DemandTonnes">Tonnes needed within the window.</param>
/// <param name="PromisedFill">The plan's fill rate.</param>
/// <param name="SimulatedFill">The simulated fill rate over replications, with its 95% interval.</param>
/// <param name="SimulatedDeliveredTonnes">Mean tonnes delivered by the end of the window in simulation.</param>
/// <param name="PromisedDeprivationPersonDays">The plan's deprivation.</param>
/// <param name="SimulatedDeprivationPersonDays">Mean simulated deprivation.</param>
public sealed record ScenarioCheck(
    string Id,
    double Probability,
    double DemandTonnes,
    double PromisedFill,
    Interval SimulatedFill,
    double SimulatedDeliveredTonnes,
    double PromisedDeprivationPersonDays,
    double SimulatedDeprivationPersonDays)
{
    /// <summary>Promised minus simulated fill: how much the aggregate model overstates (below zero: understates).</summary>
    public double Gap => PromisedFill - SimulatedFill.Mean;
}
