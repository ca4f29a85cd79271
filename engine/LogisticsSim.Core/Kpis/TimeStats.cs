// SPDX-License-Identifier: Apache-2.0
using MathNet.Numerics.Statistics;

namespace LogisticsSim.Core.Kpis;

/// <summary>Mean and percentiles of a set of durations in hours; NaN when the set is empty.</summary>
/// <param name="Count">How many values.</param>
/// <param name="Mean">Their mean.</param>
/// <param name="P50">The median.</param>
/// <param name="P95">The 95th percentile.</param>
public sealed record TimeStats(int Count, double Mean, double P50, double P95)
{
    /// <summary>Statistics of the values (quantiles by R's default, type 7, interpolating).</summary>
    public static TimeStats Of(IReadOnlyCollection<double> hours)
    {
        if (hours.Count == 0) return new TimeStats(0, double.NaN, double.NaN, double.NaN);
        var data = hours.ToArray();
        Array.Sort(data);
        return new TimeStats(data.Length, data.Average(),
            SortedArrayStatistics.QuantileCustom(data, 0.5, QuantileDefinition.R7),
            SortedArrayStatistics.QuantileCustom(data, 0.95, QuantileDefinition.R7));
    }
}
