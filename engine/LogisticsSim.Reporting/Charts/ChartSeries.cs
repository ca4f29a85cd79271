// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting.Charts;

/// <summary>One series of a chart: the numbers drawn, which tests check instead of pixels.</summary>
/// <param name="Label">The legend text.</param>
/// <param name="X">Horizontal values.</param>
/// <param name="Y">Vertical values, one per <paramref name="X"/>.</param>
/// <param name="Style">How it is drawn.</param>
/// <param name="Low">For <see cref="SeriesStyle.Interval"/>: the lower ends; else null.</param>
/// <param name="High">For <see cref="SeriesStyle.Interval"/>: the upper ends; else null.</param>
/// <param name="Group">Series with the same group share a colour and marker (delivered and requested of one item); -1 for their own.</param>
/// <param name="Secondary">Drawn dashed: the reference a series is measured against (requested, promised).</param>
public sealed record ChartSeries(
    string Label,
    IReadOnlyList<double> X,
    IReadOnlyList<double> Y,
    SeriesStyle Style = SeriesStyle.Line,
    IReadOnlyList<double>? Low = null,
    IReadOnlyList<double>? High = null,
    int Group = -1,
    bool Secondary = false);
