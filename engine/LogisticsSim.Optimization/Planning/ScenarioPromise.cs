// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Planning;

/// <summary>What a plan promises in one hazard scenario.</summary>
/// <param name="Id">The scenario.</param>
/// <param name="Probability">Its probability.</param>
/// <param name="DemandTonnes">Tonnes needed within the window.</param>
/// <param name="DeliveredTonnes">Tonnes the plan delivers within the window.</param>
/// <param name="FillRate">Delivered over needed (1 when nothing is needed).</param>
/// <param name="UnmetTonnes">Needed minus delivered.</param>
/// <param name="DeprivationPersonDays">Unmet tonnes of rationed items turned into person-days without them.</param>
/// <param name="TransportCost">Running cost of the trips the flows take.</param>
/// <param name="Flows">The flows, sorted by hub, destination, item and fleet entry.</param>
public sealed record ScenarioPromise(
    string Id,
    double Probability,
    double DemandTonnes,
    double DeliveredTonnes,
    double FillRate,
    double UnmetTonnes,
    double DeprivationPersonDays,
    double TransportCost,
    IReadOnlyList<PlannedFlow> Flows);
