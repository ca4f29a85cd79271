// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting.Charts;

/// <summary>
/// A chart as data: what <see cref="ChartRenderer"/> draws, and what the report and the tests read.
/// Every chart has a title, axis labels with units and a legend.
/// </summary>
/// <param name="Id">File and HTML id, e.g. <c>delivered-by-item</c> (chart-delivered-by-item.svg).</param>
/// <param name="Title">The title.</param>
/// <param name="XLabel">Horizontal axis label, with its unit.</param>
/// <param name="YLabel">Vertical axis label, with its unit.</param>
/// <param name="Series">The series, drawn in order.</param>
/// <param name="XTickLabels">Names for the whole-number positions 0, 1, ... (strategies); null for numeric ticks.</param>
public sealed record ChartSpec(
    string Id,
    string Title,
    string XLabel,
    string YLabel,
    IReadOnlyList<ChartSeries> Series,
    IReadOnlyList<string>? XTickLabels = null);
