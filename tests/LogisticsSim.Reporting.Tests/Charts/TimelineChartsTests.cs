// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Reporting.Charts;

namespace LogisticsSim.Reporting.Tests.Charts;

public sealed class TimelineChartsTests
{
    private static readonly IReadOnlyList<ChartSpec> Charts = TimelineCharts.For(Samples.Timeline());

    private static ChartSpec Chart(string id) => Charts.Single(c => c.Id == id);

    [Fact]
    public void For_ATimeline_GivesEveryTimeChartInOrder() =>
        Assert.Equal(["delivered-by-item", "delivered-by-destination", "unmet-by-destination", "deprivation-by-district", "fleet-in-use", "storage-level"],
            Charts.Select(c => c.Id));

    [Fact]
    public void DeliveredByItem_PairsDeliveredWithRequested_InDays()
    {
        var chart = Chart("delivered-by-item");
        Assert.Equal(["food delivered", "food requested"], chart.Series.Select(s => s.Label));
        Assert.Equal([0.0, 0.5, 1.0], chart.Series[0].X);
        Assert.Equal([0.0, 2.0, 6.0], chart.Series[0].Y);
        Assert.Equal([4.0, 8.0, 8.0], chart.Series[1].Y);
        Assert.Equal((0, false, 0, true), (chart.Series[0].Group, chart.Series[0].Secondary, chart.Series[1].Group, chart.Series[1].Secondary));
        Assert.Contains("(days)", chart.XLabel, StringComparison.Ordinal);
        Assert.Contains("tonnes", chart.YLabel, StringComparison.Ordinal);
        Assert.Contains("fcfs", chart.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void FleetAndStorage_AreSteps_WithTheirValues()
    {
        Assert.Equal([0.0, 2.0, 1.0], Chart("fleet-in-use").Series.Single(s => s.Label == "road").Y);
        Assert.Equal(SeriesStyle.Step, Chart("fleet-in-use").Series[0].Style);
        Assert.Equal([100.0, 96.0, 94.0], Chart("storage-level").Series.Single(s => s.Label == "PORT").Y);
        Assert.Equal([0.0, 0.0, 50.0], Chart("deprivation-by-district").Series.Single().Y);
        Assert.Equal([4.0, 6.0, 2.0], Chart("unmet-by-destination").Series.Single().Y);
    }

    [Fact]
    public void For_AnEmptyTimeline_GivesNoChart() =>
        Assert.Empty(TimelineCharts.For(new Reporting.Files.StrategyTimeline("fcfs", new Core.Timelines.Timeline([0.0], [], []))));

    [Fact]
    public void ByStrategy_SumsEachStrategysSeries_OneLinePerStrategy()
    {
        var other = Samples.Timeline() with { Strategy = "priority" };
        var charts = StrategyTimelineCharts.For([Samples.Timeline(), other]);
        Assert.Equal(["compare-delivered-over-time", "compare-deprivation-over-time"], charts.Select(c => c.Id));
        Assert.Equal(["fcfs", "priority"], charts[0].Series.Select(s => s.Label));
        Assert.Equal([0.0, 2.0, 6.0], charts[0].Series[0].Y);
        Assert.Empty(StrategyTimelineCharts.For([Samples.Timeline()]));
    }

    [Fact]
    public void ByDestination_OfACountry_DrawsTheTopTen_AndSaysSoInTheTitle()
    {
        var series = Enumerable.Range(0, 150).SelectMany(d => new[]
        {
            new Core.Timelines.TimelineSeries(Core.Timelines.TimelineMeasures.RequestedByDestination, $"D{d:000}", [0.0, d]),
            new Core.Timelines.TimelineSeries(Core.Timelines.TimelineMeasures.DeliveredByDestination, $"D{d:000}", [0.0, d / 2.0]),
            new Core.Timelines.TimelineSeries(Core.Timelines.TimelineMeasures.UnmetByDestination, $"D{d:000}", [d, 0.0]),
        }).ToArray();
        var charts = TimelineCharts.For(new Reporting.Files.StrategyTimeline("priority", new Core.Timelines.Timeline([0.0, 24.0], series, [])));
        var delivered = charts.Single(c => c.Id == "delivered-by-destination");
        Assert.Equal(2 * TimelineCharts.MaxKeys, delivered.Series.Count);
        Assert.Equal(Enumerable.Range(140, 10).Select(d => $"D{d:000} delivered"), delivered.Series.Where(s => !s.Secondary).Select(s => s.Label));
        Assert.EndsWith("(priority, means, top 10 of 150)", delivered.Title, StringComparison.Ordinal);
        var unmet = charts.Single(c => c.Id == "unmet-by-destination");
        Assert.Equal(Enumerable.Range(140, 10).Select(d => $"D{d:000}"), unmet.Series.Select(s => s.Label)); // by the highest value, not the last
        Assert.DoesNotContain("top", Chart("delivered-by-destination").Title, StringComparison.Ordinal); // one destination: all of it
    }
}
