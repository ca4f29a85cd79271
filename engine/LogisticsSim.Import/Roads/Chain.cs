// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Import.Roads;

/// <summary>A run of segments between two kept clusters through clusters of degree 2: one link of the scenario.</summary>
/// <param name="From">The cluster the walk started at.</param>
/// <param name="To">The cluster it ended at (never <paramref name="From"/>).</param>
/// <param name="Attributes">Mode, surface and speed, shared by every segment.</param>
/// <param name="Km">The segments' lengths summed.</param>
/// <param name="Features">The road features the segments come from, ascending.</param>
/// <param name="Collapsed">Clusters of degree 2 passed through.</param>
internal sealed record Chain(int From, int To, RoadAttributes Attributes, double Km, IReadOnlyList<int> Features, int Collapsed);
