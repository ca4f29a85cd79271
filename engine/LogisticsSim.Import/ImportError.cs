// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Import;

/// <summary>
/// A problem in an input file, located as the scenario loader locates its own: the file, then where in it
/// (<c>features[3].properties.speed</c>, a CSV row and column), what was found and what was expected.
/// </summary>
/// <param name="Where">The file and the place in it, e.g. <c>roads.geojson: features[3].geometry</c> or <c>pop.csv:7: #population (column C)</c>.</param>
/// <param name="Found">What the file holds there.</param>
/// <param name="Expected">What it should hold.</param>
public sealed record ImportError(string Where, string Found, string Expected)
{
    public override string ToString() => $"{Where}: found {Found}, expected {Expected}";
}
