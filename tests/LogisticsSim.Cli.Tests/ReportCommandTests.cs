// SPDX-License-Identifier: Apache-2.0
using System.Text.Json;
using Xunit;

namespace LogisticsSim.Cli.Tests;

public sealed class ReportCommandTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private static readonly string GoldenFile = Path.Combine(Cli.Repo, "tests", "LogisticsSim.Cli.Tests", "Golden", "report-structure.txt");

    [Fact]
    public void Run_WithPictures_WritesTheChartDataChartsReportAndGeoJson()
    {
        string[] expected =
        [
            "chart-delivered-by-item.png", "chart-delivered-by-item.svg", "chart-lead-time-cdf.svg", "chart-fleet-in-use.png",
            "flows.csv", "manifest.json", "network-map.png", "network-map.svg", "network.geojson", "report.html", "requests.csv",
            "scenario.yaml", "summary.json", "timeline.csv",
        ];
        var written = Directory.GetFiles(fixture.Folder).Select(Path.GetFileName).ToArray();
        Assert.All(expected, name => Assert.Contains(name, written));
        Assert.DoesNotContain(written, name => name!.EndsWith(".tmp", StringComparison.Ordinal));
        using var geo = JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture.Folder, "network.geojson")));
        Assert.Equal(11, geo.RootElement.GetProperty("features").GetArrayLength()); // 5 nodes, 6 links
    }

    [Fact]
    public void Report_MatchesTheGoldenOutline()
    {
        string outline = ReportStructure.Of(fixture.Report);
        // After a deliberate change of the report, LOGISTICSSIM_UPDATE_GOLDEN=1 rewrites the outline; review its diff.
        if (Environment.GetEnvironmentVariable("LOGISTICSSIM_UPDATE_GOLDEN") == "1") File.WriteAllText(GoldenFile, outline);
        Assert.Equal(File.ReadAllText(GoldenFile).Replace("\r\n", "\n"), outline);
    }

    [Fact]
    public void Report_KpiTable_LeadsWithTheObjectiveAndItsParts()
    {
        int table = fixture.Report.IndexOf("<table id=\"kpi-table\">", StringComparison.Ordinal);
        Assert.True(table >= 0);
        string rows = fixture.Report[table..fixture.Report.IndexOf("</table>", table, StringComparison.Ordinal)];
        int[] at = new[] { "objective", "objective.lateness", "objective.unmet", "objective.deprivation", "objective.operating", "requests" }
            .Select(k => rows.IndexOf($"<tr><td>{k}</td>", StringComparison.Ordinal)).ToArray();
        Assert.All(at, i => Assert.True(i >= 0));
        Assert.Equal(at.Order(), at);
    }

    [Fact]
    public void Report_IsSelfContained()
    {
        Assert.DoesNotContain("http://", fixture.Report.Replace("http://www.w3.org/", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", fixture.Report, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", fixture.Report, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", fixture.Report, StringComparison.Ordinal);
        Assert.DoesNotContain(" src=", fixture.Report, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportCommand_OnTheFinishedFolder_RebuildsTheSameBytes()
    {
        using var copy = new TestFolder();
        foreach (string file in Directory.GetFiles(fixture.Folder).Where(f => !f.EndsWith("report.html", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }
        var (exit, output, error) = Cli.Run("report", copy);
        Assert.True(exit == 0, error);
        Assert.Contains("wrote report.html", output, StringComparison.Ordinal);
        Assert.Equal(fixture.Report, File.ReadAllText(Path.Combine(copy, "report.html")));
    }

    [Fact]
    public void Run_Twice_GivesByteIdenticalReportsAndCharts()
    {
        using var other = new TestFolder();
        var (exit, _, error) = Cli.Run("run", Cli.Scenario("tutorial.yaml"), "-r", "2", "--out", other, "--report", "--charts", "--geojson", "--threads", "1");
        Assert.True(exit == 0, error);
        foreach (string name in new[] { "report.html", "chart-delivered-by-item.svg", "network-map.svg", "timeline.csv", "flows.csv", "network.geojson" })
        {
            Assert.True(File.ReadAllBytes(Path.Combine(fixture.Folder, name)).SequenceEqual(File.ReadAllBytes(Path.Combine(other, name))), name + " differs");
        }
    }

    [Fact]
    public void Report_OnAFolderWithoutResults_IsAnInputErrorAndWritesNothing()
    {
        using var empty = new TestFolder();
        var (exit, _, error) = Cli.Run("report", empty);
        Assert.Equal(2, exit);
        Assert.StartsWith($"{empty}: found no results, expected summary.json (from run --out)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(empty));
    }

    [Fact]
    public void Report_OnAMissingFolder_IsAnInputError()
    {
        using var temp = new TestFolder();
        string missing = Path.Combine(temp, "nowhere");
        var (exit, _, error) = Cli.Run("report", missing);
        Assert.Equal(2, exit);
        Assert.Contains($"{missing}: no such folder", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void Report_OnABadTimeline_SaysWhereAndWritesNothing()
    {
        using var folder = new TestFolder();
        File.Copy(Path.Combine(fixture.Folder, "summary.json"), Path.Combine(folder, "summary.json"));
        File.WriteAllText(Path.Combine(folder, "timeline.csv"), "strategy,measure,key,time_h,value\npriority,stock_t,PORT,0,0\npriority,stock_t,PORT,x,1\n");
        var (exit, _, error) = Cli.Run("report", folder);
        Assert.Equal(2, exit);
        Assert.Equal($"{Path.Combine(folder, "timeline.csv")}:3: time_h: found 'x', expected a number\n", error);
        Assert.False(File.Exists(Path.Combine(folder, "report.html")));
    }

    [Fact]
    public void Pictures_WithoutOut_AreRefusedBeforeAnythingRuns()
    {
        var (exit, output, error) = Cli.Run("run", Cli.Scenario("tutorial.yaml"), "-r", "1", "--report");
        Assert.Equal(2, exit);
        Assert.Equal("error: --report: found no --out, expected --out DIR, the folder to write to\n", error);
        Assert.Empty(output);
    }

    [Fact]
    public void Report_OfACapacityCurveAlone_ShowsTheCurve()
    {
        using var folder = new TestFolder();
        File.WriteAllText(Path.Combine(folder, "capacity_curve.csv"),
            "parameter,value,fill_promised,fill_simulated,deprivation_person_days,cost\nfleet.truck10.count,6,0.8,0.7,2500,4000\nfleet.truck10.count,8,0.9,0.85,1200,5000\n");
        var (exit, _, error) = Cli.Run("report", folder, "--charts");
        Assert.True(exit == 0, error);
        string html = File.ReadAllText(Path.Combine(folder, "report.html"));
        Assert.Contains("<figure id=\"chart-capacity-fleet-truck10-count-fill\">", html, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "chart-capacity-fleet-truck10-count-fill.png")));
    }

    [Fact]
    public void Compare_WithReport_ChartsEachKpiPerStrategy_AndExportsFlowsPerStrategy()
    {
        using var folder = new TestFolder();
        var (exit, _, error) = Cli.Run("compare", Cli.Scenario("tutorial.yaml"), "--strategies", "fcfs,priority", "-r", "2", "--out", folder, "--report", "--geojson");
        Assert.True(exit == 0, error);
        string html = File.ReadAllText(Path.Combine(folder, "report.html"));
        Assert.Contains("<table id=\"comparison-table\">", html, StringComparison.Ordinal);
        Assert.Contains("<figure id=\"chart-compare-fill-rate\">", html, StringComparison.Ordinal);
        Assert.Contains("--strategies fcfs,priority --seed 7 -r 2", html, StringComparison.Ordinal);
        string geo = File.ReadAllText(Path.Combine(folder, "network.geojson"));
        Assert.Contains("\"tonnes_fcfs\"", geo, StringComparison.Ordinal);
        Assert.Contains("\"tonnes_priority\"", geo, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_OfASummaryAlone_HasTheKpisButNoMapOrAssumptions()
    {
        using var folder = new TestFolder();
        File.Copy(Path.Combine(fixture.Folder, "summary.json"), Path.Combine(folder, "summary.json"));
        var (exit, _, error) = Cli.Run("report", folder);
        Assert.True(exit == 0, error);
        string outline = ReportStructure.Of(File.ReadAllText(Path.Combine(folder, "report.html")));
        Assert.Equal("section summary: Scenario\n  table scenario-summary: 2 columns, 1 rows\nsection kpis: Key performance indicators\n  table kpi-table: 4 columns, 43 rows\nsection reproduce: How to reproduce\n", outline);
    }
}
