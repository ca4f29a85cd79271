// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting.Files;

/// <summary>criticality.json as the report, the tornado chart and the map read it.</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Strategy">The strategy every run used.</param>
/// <param name="Seed">The master seed.</param>
/// <param name="Replications">Replications of the baseline and of each change.</param>
/// <param name="Gains">True for additions (<c>--gains</c>), false for losses.</param>
/// <param name="Disruption">What happened to each link or node (losses).</param>
/// <param name="Changes">Every change run, ranked, most important first.</param>
/// <param name="ScreenedOut">Changes not run: the link carried nothing in any baseline replication (kind, target, action).</param>
public sealed record CriticalityResults(
    string Scenario,
    string Strategy,
    long Seed,
    int Replications,
    bool Gains,
    string Disruption,
    IReadOnlyList<CriticalityChangeResult> Changes,
    IReadOnlyList<(string Kind, string Target, string Action)> ScreenedOut);
