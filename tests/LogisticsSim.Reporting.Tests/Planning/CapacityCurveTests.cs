// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Reporting.Charts;
using LogisticsSim.Reporting.Planning;

namespace LogisticsSim.Reporting.Tests.Planning;

public sealed class CapacityCurveTests
{
    private const string Csv = """
        parameter,value,fill_promised,fill_simulated,deprivation_person_days,cost
        fleet.truck10.count,8,0.9,0.85,1200,5000
        fleet.truck10.count,6,0.8,0.7,2500,4000
        storage.HUB,100,0.95,,,
        """;

    [Fact]
    public void Read_GroupsByParameter_SortsByValue_AndLeavesEmptyCellsUndefined()
    {
        var curves = CapacityCurveCsv.Read(Csv.Replace("\r\n", "\n"), "capacity_curve.csv");
        Assert.Equal(["fleet.truck10.count", "storage.HUB"], curves.Select(c => c.Parameter));
        Assert.Equal(new CapacityPoint(6, 0.8, 0.7, 2500, 4000), curves[0].Points[0]);
        Assert.True(double.IsNaN(curves[1].Points[0].FillSimulated));
    }

    [Fact]
    public void Charts_ShowFillInPercent_PromisedAgainstSimulated_ThenDeprivationAndCost()
    {
        var curve = CapacityCurveCsv.Read(Csv.Replace("\r\n", "\n"), "capacity_curve.csv")[0];
        var charts = CapacityCurveCharts.For(curve);
        Assert.Equal(["capacity-fleet-truck10-count-fill", "capacity-fleet-truck10-count-deprivation", "capacity-fleet-truck10-count-cost"], charts.Select(c => c.Id));
        Assert.Equal([6.0, 8.0], charts[0].Series[0].X);
        Assert.Equal([70.0, 85.0], charts[0].Series[0].Y.Select(v => Math.Round(v, 9)));
        Assert.Equal([80.0, 90.0], charts[0].Series[1].Y.Select(v => Math.Round(v, 9)));
        Assert.True(charts[0].Series[1].Secondary);
        Assert.Equal([2500.0, 1200.0], charts[1].Series[0].Y);
    }

    [Fact]
    public void Read_ABadValue_SaysWhere()
    {
        var e = Assert.Throws<ReportInputException>(() => CapacityCurveCsv.Read("parameter,value,fill_promised,fill_simulated,deprivation_person_days,cost\nx,six,,,,\n", "capacity_curve.csv"));
        Assert.Equal("capacity_curve.csv:2: value: found 'six', expected a number", e.Message);
    }
}
