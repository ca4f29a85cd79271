// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting.Charts;

/// <summary>How a series is drawn.</summary>
public enum SeriesStyle
{
    /// <summary>Points joined by straight lines (a cumulative total).</summary>
    Line,

    /// <summary>A value that holds until the next point (vehicles busy, stock, a CDF).</summary>
    Step,

    /// <summary>Markers with their interval as error bars (a KPI per strategy).</summary>
    Interval,
}
