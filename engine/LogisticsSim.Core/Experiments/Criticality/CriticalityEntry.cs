// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Experiments.Criticality;

/// <summary>One change of a criticality study and what it did, paired replication by replication with the baseline.</summary>
/// <param name="Rank">1 for the change that matters most.</param>
/// <param name="Change">The change.</param>
/// <param name="Differences">Per KPI of <see cref="CriticalityRanking.Kpis"/>, in that order: changed minus baseline, with its 95% interval.</param>
public sealed record CriticalityEntry(int Rank, ScenarioChange Change, IReadOnlyList<Interval> Differences)
{
    /// <summary>The paired difference in <c>objective</c> (changed minus baseline; the objective is a cost, so more is worse).</summary>
    public Interval Objective => Differences[0];

    /// <summary>What the ranking sorts by: the rise in objective for a loss, its fall for a gain (more matters more).</summary>
    public double Impact => Change.IsGain ? -Objective.Mean : Objective.Mean;

    /// <summary>True when the objective's interval holds zero (or there is none): the change is not told apart from chance.</summary>
    public bool CoversZero => !Objective.HasInterval || (Objective.Low <= 0 && Objective.High >= 0);
}
