// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Experiments;
using LogisticsSim.Core.Experiments.Criticality;

namespace LogisticsSim.Cli.Criticality;

/// <summary>A finished study: the baseline, every change ranked, and the changes screened out before running.</summary>
public sealed record CriticalityOutcome(
    string Scenario,
    string Strategy,
    long Seed,
    int Replications,
    bool Gains,
    string Disruption,
    IReadOnlyList<(string Kpi, Interval Interval)> Baseline,
    IReadOnlyList<CriticalityEntry> Entries,
    IReadOnlyList<ScenarioChange> ScreenedOut)
{
    public const string ScreeningReason = "the link carried no flow in any baseline replication";
}
