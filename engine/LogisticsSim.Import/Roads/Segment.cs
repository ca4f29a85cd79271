// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Import.Roads;

/// <summary>A straight piece of a road between two snapped vertices (clusters), with its great-circle length.</summary>
internal sealed record Segment(int A, int B, int Feature, RoadAttributes Attributes, double Km)
{
    public int Other(int end) => end == A ? B : A;
}
