// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Reporting.Files;

namespace LogisticsSim.Reporting.Tests.Files;

public sealed class ChartDataFilesTests
{
    [Fact]
    public void TimelineAndFlows_ReadBackAsWritten()
    {
        var timeline = Samples.Timeline();
        var csv = new StringWriter();
        TimelineCsv.Write(csv, [timeline]);
        var flows = new StringWriter();
        FlowsCsv.Write(flows, Samples.Tutorial(), [timeline]);
        Assert.StartsWith("strategy,measure,key,time_h,value\nfcfs,delivered_t_by_destination,BUZI,0,0\nfcfs,delivered_t_by_destination,BUZI,12,2\n", csv.ToString(), StringComparison.Ordinal);
        var back = TimelineCsv.Read(csv.ToString(), "timeline.csv", FlowsCsv.Read(flows.ToString(), "flows.csv")).Single();
        Assert.Equal("fcfs", back.Strategy);
        Assert.Equal(timeline.Timeline.TimesH, back.Timeline.TimesH);
        Assert.Equal(timeline.Timeline.Series.Select(s => (s.Measure, s.Key, string.Join(" ", s.Values))), back.Timeline.Series.Select(s => (s.Measure, s.Key, string.Join(" ", s.Values))));
        Assert.Equal(6, back.Timeline.LinkTonnes.Single(f => f.Link == "PORT-BUZI-road").Tonnes);
    }

    [Fact]
    public void Timeline_WithABadNumber_SaysWhere()
    {
        var e = Assert.Throws<ReportInputException>(() => TimelineCsv.Read("strategy,measure,key,time_h,value\nfcfs,stock_t,PORT,0,lots\n", "out/timeline.csv", []));
        Assert.Equal("out/timeline.csv:2: value: found 'lots', expected a number", e.Message);
    }

    [Fact]
    public void Timeline_WithoutAColumn_SaysWhichIsMissing()
    {
        var e = Assert.Throws<ReportInputException>(() => TimelineCsv.Read("strategy,measure,time_h,value\n", "t.csv", []));
        Assert.StartsWith("t.csv:1: found columns strategy,measure,time_h,value, expected a column 'key'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_ReadsEachKpiWithItsInterval()
    {
        const string json = """
            {"scenario": "S", "strategy": "fcfs", "seed": 7, "replications": 2, "precision": {"kpi": "fill_rate", "half_width": 0.05, "met": true}, "fill_rate": 0.5, "wait_h": {"mean": 3, "by_priority": {"1": {"mean": 2}}},
             "coverage_min": null, "ci95": {"fill_rate": [0.4, 0.6], "wait_h": {"mean": [1, 5], "by_priority": {"1": {"mean": [1, 3]}}}}, "per_replication": [{"replication": 0, "fill_rate": 0.4}]}
            """;
        var run = ResultsJson.ReadSummary(json, "summary.json");
        Assert.Equal(("S", "fcfs", 7L, 2), (run.Scenario, run.Strategy, run.Seed, run.Replications));
        Assert.Equal(["fill_rate", "wait_h.mean", "wait_h.by_priority.1.mean", "coverage_min"], run.Kpis.Select(k => k.Path));
        Assert.Equal(new KpiEstimate("wait_h.by_priority.1.mean", 2, 1, 3), run.Kpis[2]);
        Assert.True(double.IsNaN(run.Kpis[3].Mean));
    }

    [Fact]
    public void Summary_ThatIsNotJson_IsALocatedError()
    {
        var e = Assert.Throws<ReportInputException>(() => ResultsJson.ReadSummary("{\n\"scenario\": ", "out/summary.json"));
        Assert.StartsWith("out/summary.json:", e.Message, StringComparison.Ordinal);
    }
}
