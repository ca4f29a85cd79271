// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Kpis;

/// <summary>
/// The weights of the <c>objective</c> KPI, from a scenario's optional <c>objective:</c> section
/// (scenarios/README.md says why each default is what it is). Per-priority lists give priority 1 first;
/// a priority beyond the list takes its last weight.
/// </summary>
/// <param name="Lateness">Per tonne-hour late, by priority.</param>
/// <param name="Unmet">Per tonne due by the horizon and not delivered by it, by priority.</param>
/// <param name="Deprivation">Per unit of deprivation cost (people times <see cref="DeprivationCost"/> of their delay).</param>
/// <param name="Operating">Per currency unit of running cost (the <c>cost.total</c> KPI).</param>
/// <param name="DeprivationCapHours">Delay in hours up to which the published deprivation curve holds; linear beyond.</param>
public sealed record ObjectiveWeights(
    IReadOnlyList<double> Lateness,
    IReadOnlyList<double> Unmet,
    double Deprivation,
    double Operating,
    double DeprivationCapHours)
{
    /// <summary>
    /// Each priority weighs ten times the next in lateness; a tonne never delivered adds 100 hours' worth
    /// of its priority's lateness; deprivation counts at the curve's own value; money counts a hundredth.
    /// </summary>
    public static ObjectiveWeights Default { get; } = new([100, 10, 1], [10_000, 1_000, 100], 1, 0.01, DeprivationCost.DefaultCapHours);

    /// <summary>The weight of a tonne-hour late at this priority (1 is the most urgent).</summary>
    public double LatenessAt(int priority) => At(Lateness, priority);

    /// <summary>The weight of an unmet tonne at this priority.</summary>
    public double UnmetAt(int priority) => At(Unmet, priority);

    private static double At(IReadOnlyList<double> weights, int priority) =>
        weights.Count == 0 ? 0 : weights[Math.Clamp(priority - 1, 0, weights.Count - 1)];

    /// <inheritdoc/>
    public bool Equals(ObjectiveWeights? other) =>
        other is not null && Lateness.SequenceEqual(other.Lateness) && Unmet.SequenceEqual(other.Unmet)
        && Deprivation.Equals(other.Deprivation) && Operating.Equals(other.Operating) && DeprivationCapHours.Equals(other.DeprivationCapHours);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Lateness.Count, Unmet.Count, Deprivation, Operating, DeprivationCapHours);
}
