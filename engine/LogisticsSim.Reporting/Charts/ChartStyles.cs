// SPDX-License-Identifier: Apache-2.0
using ScottPlot;

namespace LogisticsSim.Reporting.Charts;

/// <summary>
/// Colours and markers that cycle together, so that series stay apart in black and white: the
/// first sixteen series of a chart never share a marker. A pair of series (delivered and requested
/// of one item) shares a shape, filled for the series and open for its reference.
/// </summary>
internal static class ChartStyles
{
    private static readonly Color[] Colours =
    [
        Color.FromHex("#1f77b4"), Color.FromHex("#d62728"), Color.FromHex("#2ca02c"), Color.FromHex("#9467bd"),
        Color.FromHex("#ff7f0e"), Color.FromHex("#8c564b"), Color.FromHex("#e377c2"), Color.FromHex("#17becf"),
    ];

    private static readonly (MarkerShape Primary, MarkerShape Secondary)[] Pairs =
    [
        (MarkerShape.FilledCircle, MarkerShape.OpenCircle), (MarkerShape.FilledSquare, MarkerShape.OpenSquare),
        (MarkerShape.FilledTriangleUp, MarkerShape.OpenTriangleUp), (MarkerShape.FilledDiamond, MarkerShape.OpenDiamond),
        (MarkerShape.FilledTriangleDown, MarkerShape.OpenTriangleDown), (MarkerShape.Cross, MarkerShape.Eks),
        (MarkerShape.TriUp, MarkerShape.TriDown), (MarkerShape.Asterisk, MarkerShape.HashTag),
    ];

    public static Color Colour(int i) => Colours[i % Colours.Length];

    /// <summary>The marker of a series of its own: every shape once, filled ones first.</summary>
    public static MarkerShape Marker(int i)
    {
        int k = i % (2 * Pairs.Length);
        return k < Pairs.Length ? Pairs[k].Primary : Pairs[k - Pairs.Length].Secondary;
    }

    /// <summary>The marker of one series of a pair.</summary>
    public static MarkerShape PairMarker(int group, bool secondary) =>
        secondary ? Pairs[group % Pairs.Length].Secondary : Pairs[group % Pairs.Length].Primary;
}
