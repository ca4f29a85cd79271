// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting.Planning;

/// <summary>What varying one capacity parameter gives (from `plan --sweep`), points in increasing value.</summary>
/// <param name="Parameter">What was varied, e.g. <c>fleet.truck10.count</c>.</param>
/// <param name="Points">The points.</param>
public sealed record CapacityCurve(string Parameter, IReadOnlyList<CapacityPoint> Points);
