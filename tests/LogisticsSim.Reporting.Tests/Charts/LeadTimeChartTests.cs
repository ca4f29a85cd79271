// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Kpis;
using LogisticsSim.Reporting.Charts;

namespace LogisticsSim.Reporting.Tests.Charts;

public sealed class LeadTimeChartTests
{
    private static RequestRecord Request(int priority, double ready, double? delivered) =>
        new(0, "R", "", "food", 1, delivered is null ? 0 : 1, "A", "B", priority, ready, ready + 48, ready, delivered, delivered is null ? "waiting" : "delivered");

    [Fact]
    public void For_Requests_GivesTheShareDeliveredWithinEachLeadTime_PerPriority()
    {
        // Priority 1: lead times 10 and 30 h, and one never delivered; priority 2: 120 h.
        var chart = LeadTimeChart.For([Request(1, 0, 10), Request(1, 5, 35), Request(1, 0, null), Request(2, 0, 120)])!;
        Assert.Equal(["priority 1 (3 requests)", "priority 2 (1 requests)"], chart.Series.Select(s => s.Label));
        var p1 = chart.Series[0];
        Assert.Equal(LeadTimeChart.GridPoints, p1.X.Count);
        Assert.Equal(120, p1.X[^1]);
        double At(ChartSeries s, double hours) => s.Y[s.X.ToList().FindLastIndex(x => x <= hours)];
        Assert.Equal(0, At(p1, 9));
        Assert.Equal(1.0 / 3, At(p1, 10), 12);
        Assert.Equal(2.0 / 3, At(p1, 120), 12); // the undelivered one keeps it below 1
        Assert.Equal(1, chart.Series[1].Y[^1]);
        Assert.All(chart.Series, s => Assert.Equal(SeriesStyle.Step, s.Style));
    }

    [Fact]
    public void For_NoRequests_GivesNoChart() => Assert.Null(LeadTimeChart.For([]));
}
