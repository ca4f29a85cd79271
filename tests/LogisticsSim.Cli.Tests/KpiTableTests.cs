// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Cli.Output;
using LogisticsSim.Core.Experiments;
using Xunit;

namespace LogisticsSim.Cli.Tests;

/// <summary>At a country's scale a KPI family has a figure per node: the console shows the largest and says how many more there are.</summary>
public class KpiTableTests
{
    private static (string, Interval) Kpi(string path, double mean) => (path, new Interval(mean, mean, mean, 1));

    [Fact]
    public void Rows_ALargeFamily_ShowsItsLargestAndCountsTheRest()
    {
        var kpis = new List<(string, Interval)> { Kpi("objective", 5), Kpi("fill_rate", 0.9) };
        for (int i = 0; i < 30; i++) kpis.Add(Kpi($"storage_peak.N{i:00}", i));
        kpis.Add(Kpi("events", 100));

        var rows = KpiTable.Rows(kpis);

        var peaks = rows.Where(r => r.Label.StartsWith("storage_peak.N", StringComparison.Ordinal)).Select(r => r.Label).ToList();
        Assert.Equal(KpiTable.FamilyRows - 1, peaks.Count);
        Assert.Equal(Enumerable.Range(19, 11).Select(i => $"storage_peak.N{i:00}"), peaks); // the largest, in their order
        Assert.Single(rows, r => r.Label == "storage_peak.* (19 more, the smaller, in summary.json)");
        Assert.Equal(["objective", "fill_rate"], rows.Take(2).Select(r => r.Label));
        Assert.Equal("events", rows[^1].Label);
    }

    [Fact]
    public void Rows_SmallFamilies_AreShownWhole()
    {
        var kpis = Enumerable.Range(0, KpiTable.FamilyRows).Select(i => Kpi($"storage_peak.N{i}", i)).ToList();
        Assert.Equal(kpis.Select(k => k.Item1), KpiTable.Rows(kpis).Select(r => r.Label));
    }
}
