// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Response;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Core.Tests.Scenarios;
using LogisticsSim.Core.Timelines;
using LogisticsSim.Kernel;
using Xunit;

namespace LogisticsSim.Core.Tests.Timelines;

public class TimelineTests
{
    private static Scenario Tutorial() =>
        ScenarioLoader.Load(RepoFiles.Scenario("tutorial.yaml")).Scenario!;

    private static ReplicationResult Run(Scenario scenario, SimTime? step) =>
        new ResponseModel(scenario, new PriorityStrategy(), 1, null, step).Run();

    private static double Last(Timeline t, string measure) => t.Series.Where(s => s.Measure == measure).Sum(s => s.Values[^1]);

    [Fact]
    public void Run_WithoutAStep_RecordsNothing() => Assert.Null(Run(Tutorial(), null).Timeline);

    [Fact]
    public void Recording_DoesNotChangeTheKpis()
    {
        var scenario = Tutorial();
        var plain = Run(scenario, null);
        var recorded = Run(scenario, SimTime.FromHours(3));
        Assert.Equal(KpiVector.Of(plain.Kpis), KpiVector.Of(recorded.Kpis));
    }

    [Fact]
    public void Timeline_AtTheHorizon_AddsUpToTheKpis()
    {
        var result = Run(Tutorial(), SimTime.FromHours(3));
        var t = result.Timeline!;
        Assert.Equal(0, t.TimesH[0]);
        Assert.Equal(14 * 24, t.TimesH[^1]);
        Assert.Equal(14 * 8 + 1, t.TimesH.Count);
        Assert.Equal(result.Kpis.TonnesDelivered, Last(t, TimelineMeasures.DeliveredByItem), 6);
        Assert.Equal(result.Kpis.TonnesDelivered, Last(t, TimelineMeasures.DeliveredByDestination), 6);
        Assert.Equal(result.Kpis.TonnesRequested, Last(t, TimelineMeasures.RequestedByItem), 6);
        Assert.Equal(result.Kpis.UnmetT, Last(t, TimelineMeasures.UnmetByDestination), 6);
        Assert.Equal(result.Kpis.DeprivationPersonDays, Last(t, TimelineMeasures.DeprivationByDistrict), 6);
        Assert.Equal(["BUZI", "DONDO"], t.Series.Where(s => s.Measure == TimelineMeasures.DeprivationByDistrict).Select(s => s.Key));
        Assert.Equal(["air", "road"], t.Series.Where(s => s.Measure == TimelineMeasures.VehiclesBusyByMode).Select(s => s.Key));
        var port = t.Series.Single(s => s.Measure == TimelineMeasures.StockByNode && s.Key == "PORT").Values;
        Assert.InRange(port.Max(), port.Min(), result.Kpis.StoragePeak["PORT"] + 1e-9); // sampled, so at most the peak
    }

    [Fact]
    public void Timeline_CumulativeSeriesNeverFall_AndBusyVehiclesStayWithinTheFleet()
    {
        var t = Run(Tutorial(), SimTime.FromHours(3)).Timeline!;
        foreach (var s in t.Series.Where(s => s.Measure.StartsWith("delivered", StringComparison.Ordinal) || s.Measure.StartsWith("requested", StringComparison.Ordinal) || s.Measure == TimelineMeasures.DeprivationByDistrict))
        {
            for (int i = 1; i < s.Values.Count; i++) Assert.True(s.Values[i] >= s.Values[i - 1] - 1e-9, $"{s.Measure}/{s.Key} falls at {t.TimesH[i]} h");
        }
        Assert.All(t.Series.Single(s => s.Measure == TimelineMeasures.VehiclesBusyByMode && s.Key == "road").Values, v => Assert.InRange(v, 0, 6));
        Assert.Contains(t.LinkTonnes, f => f.Link == "PORT-DONDO-road" && f.Tonnes > 0);
    }

    [Fact]
    public void Mean_OfTwoReplications_IsPointByPoint_AndCountsMissingSeriesAsZero()
    {
        double[] times = [0, 1];
        var a = new Timeline(times, [new TimelineSeries("m", "x", [2.0, 4.0])], [new LinkFlow("L", 10)]);
        var b = new Timeline(times, [new TimelineSeries("m", "x", [0.0, 2.0]), new TimelineSeries("m", "y", [2.0, 2.0])], []);
        var mean = Timeline.Mean([a, b]);
        Assert.Equal([1.0, 3.0], mean.Series[0].Values);
        Assert.Equal([1.0, 1.0], mean.Series[1].Values);
        Assert.Equal(new LinkFlow("L", 5), mean.LinkTonnes.Single());
    }
}
