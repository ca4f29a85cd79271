// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Kpis;

/// <summary>
/// The objective of one replication, lower is better, and its four weighted parts, which add up to it
/// (<see cref="ObjectiveCalculator"/> says how each is counted).
/// </summary>
/// <param name="Lateness">Priority-weighted tonne-hours late.</param>
/// <param name="Unmet">Priority-weighted tonnes due by the horizon and not delivered by it.</param>
/// <param name="Deprivation">Weighted deprivation cost of the people whose needs came late or not at all.</param>
/// <param name="Operating">Weighted running cost of the fleet.</param>
public sealed record ObjectiveValue(double Lateness, double Unmet, double Deprivation, double Operating)
{
    /// <summary>The sum of the parts.</summary>
    public double Total => Lateness + Unmet + Deprivation + Operating;
}
