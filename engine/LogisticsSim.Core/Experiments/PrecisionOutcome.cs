// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Experiments;

/// <summary>How a run to a precision target ended.</summary>
/// <param name="Target">The target.</param>
/// <param name="Batch">Replications per batch; the target was tested after each.</param>
/// <param name="MaxReplications">The most replications allowed.</param>
/// <param name="Replications">The replications run (per strategy).</param>
/// <param name="Met">Whether every strategy's interval met the target.</param>
/// <param name="Achieved">Each strategy's half-width at the end, in the target's terms (NaN where there is no interval).</param>
public sealed record PrecisionOutcome(PrecisionTarget Target, int Batch, int MaxReplications, int Replications, bool Met, IReadOnlyList<double> Achieved);
