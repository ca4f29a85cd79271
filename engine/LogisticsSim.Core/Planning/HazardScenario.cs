// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;

namespace LogisticsSim.Core.Planning;

/// <summary>One hazard scenario of the planning ensemble (<c>planning.scenarios</c>).</summary>
/// <param name="Id">Unique id.</param>
/// <param name="Probability">Its probability; the ensemble's sum to 1.</param>
/// <param name="Demand">Tonnes of each item needed at each node within the window.</param>
/// <param name="StockSurvives">Share of pre-positioned stock that survives at each node the hazard hits; 1 elsewhere.</param>
/// <param name="Closed">Links that cannot be travelled during the window.</param>
/// <param name="Slowed">Links that take longer during the window.</param>
public sealed record HazardScenario(
    string Id,
    double Probability,
    IReadOnlyList<NodeDemand> Demand,
    IReadOnlyDictionary<NodeId, double> StockSurvives,
    IReadOnlyList<LinkId> Closed,
    IReadOnlyList<SlowedLink> Slowed)
{
    /// <summary>The share of stock at <paramref name="node"/> that survives this hazard.</summary>
    public double SurvivingShare(NodeId node) => StockSurvives.TryGetValue(node, out double share) ? share : 1.0;
}
