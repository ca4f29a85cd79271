// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting.Files;

/// <summary>One ranked change of criticality.json; each estimate is changed minus baseline, paired by replication.</summary>
/// <param name="Rank">1 for the change that matters most.</param>
/// <param name="Kind">link, node, fleet, stock or storage.</param>
/// <param name="Target">The id of what changed.</param>
/// <param name="Action">What the change did: closed, -1 unit, x0.5, hazards removed.</param>
/// <param name="CoversZero">Whether the objective's interval holds zero.</param>
/// <param name="Objective">The difference in objective (a cost: more is worse).</param>
/// <param name="FillRate">The difference in fill rate.</param>
/// <param name="OnTimeRate">The difference in on-time rate.</param>
/// <param name="Deprivation">The difference in deprivation (person-days).</param>
public sealed record CriticalityChangeResult(int Rank, string Kind, string Target, string Action, bool CoversZero,
    KpiEstimate Objective, KpiEstimate FillRate, KpiEstimate OnTimeRate, KpiEstimate Deprivation)
{
    /// <summary><c>link EN6-BEIRA-DONDO: closed</c>.</summary>
    public string Label => $"{Kind} {Target}: {Action}";
}
