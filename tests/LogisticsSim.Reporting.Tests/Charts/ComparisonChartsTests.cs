// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Reporting.Charts;
using LogisticsSim.Reporting.Files;

namespace LogisticsSim.Reporting.Tests.Charts;

public sealed class ComparisonChartsTests
{
    [Fact]
    public void For_AComparison_GivesEachHeadlineKpiWithItsIntervalPerStrategy()
    {
        var results = new ComparisonResults("S", 1, 5, ["fcfs", "priority"],
        [
            ("requests", [new KpiEstimate("requests", 10, 9, 11), new KpiEstimate("requests", 10, 9, 11)]),
            ("fill_rate", [new KpiEstimate("fill_rate", 0.8, 0.75, 0.85), new KpiEstimate("fill_rate", 0.9, 0.88, 0.92)]),
            ("cost.total", [new KpiEstimate("cost.total", 100, double.NaN, double.NaN), new KpiEstimate("cost.total", 120, 110, 130)]),
        ]);
        var charts = ComparisonCharts.For(results);
        Assert.Equal(["compare-fill-rate", "compare-cost-total"], charts.Select(c => c.Id));
        var fill = charts[0].Series.Single();
        Assert.Equal(SeriesStyle.Interval, fill.Style);
        Assert.Equal([0.0, 1.0], fill.X);
        Assert.Equal([0.8, 0.9], fill.Y);
        Assert.Equal([0.75, 0.88], fill.Low!);
        Assert.Equal([0.85, 0.92], fill.High!);
        Assert.Equal(["fcfs", "priority"], charts[0].XTickLabels!);
        Assert.True(double.IsNaN(charts[1].Series[0].Low![0]));
    }
}
