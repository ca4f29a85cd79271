// SPDX-License-Identifier: Apache-2.0
using System.Globalization;

namespace LogisticsSim.Core.Experiments;

/// <summary>A precision to reach: the half-width of one KPI's 95% interval, absolute or relative to the KPI's mean.</summary>
/// <param name="Kpi">The KPI path, e.g. "fill_rate" or "wait_h.by_priority.1.mean".</param>
/// <param name="HalfWidth">The largest acceptable half-width (a fraction of the mean when <paramref name="Relative"/>).</param>
/// <param name="Relative">Whether <paramref name="HalfWidth"/> is relative to the mean.</param>
public sealed record PrecisionTarget(string Kpi, double HalfWidth, bool Relative)
{
    /// <summary>The half-width <paramref name="run"/> achieved on the KPI, in the target's terms; NaN without an interval.</summary>
    public double Achieved(RunSummary run)
    {
        foreach (var (path, interval) in run.Kpis)
        {
            if (path == Kpi) return Achieved(interval);
        }
        return double.NaN;
    }

    /// <summary>The half-width of <paramref name="interval"/> in the target's terms (a relative one is infinite when the mean is 0 and the interval is not).</summary>
    public double Achieved(Interval interval)
    {
        if (!interval.HasInterval) return double.NaN;
        if (!Relative || interval.HalfWidth == 0) return interval.HalfWidth;
        return interval.HalfWidth / Math.Abs(interval.Mean);
    }

    /// <summary>Whether every run's interval is as narrow as the target asks.</summary>
    public bool IsMetBy(IEnumerable<RunSummary> runs) => runs.All(r => Achieved(r) <= HalfWidth);

    /// <summary>How the target reads in messages: "fill_rate within 5% of its mean" or "on_time_rate within 0.01".</summary>
    public override string ToString() =>
        Relative
            ? string.Create(CultureInfo.InvariantCulture, $"{Kpi} within {HalfWidth * 100:0.###}% of its mean")
            : string.Create(CultureInfo.InvariantCulture, $"{Kpi} within {HalfWidth:G6}");
}
