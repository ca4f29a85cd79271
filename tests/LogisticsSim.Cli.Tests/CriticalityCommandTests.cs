// SPDX-License-Identifier: Apache-2.0
using System.Text.Json;
using LogisticsSim.Cli.Criticality;
using Xunit;

namespace LogisticsSim.Cli.Tests;

/// <summary>
/// `criticality` on a hand-made network: a depot, an island district reached by one bridge only, and a town reached by a
/// short main road and a long detour. Needs give both districts requests every day, so losing the bridge starves the island.
/// </summary>
public class CriticalityCommandTests
{
    internal static string Network(string dir, int trucks = 4, string name = "network.yaml")
    {
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, $"""
            scenario: {"{"}name: Bridge{"}"}
            horizon: 6d
            seed: 5
            network:
              nodes:
                - {"{"}id: DEPOT, kind: hub, lat: -19.80, lon: 34.80{"}"}
                - {"{"}id: ISLAND, kind: district, lat: -19.90, lon: 34.60, population: 8000{"}"}
                - {"{"}id: TOWN, kind: district, lat: -19.60, lon: 34.90, population: 12000{"}"}
              links:
                - {"{"}id: BRIDGE, from: DEPOT, to: ISLAND, mode: road, km: 25{"}"}
                - {"{"}id: MAIN, from: DEPOT, to: TOWN, mode: road, km: 30{"}"}
                - {"{"}id: DETOUR, from: DEPOT, to: TOWN, mode: road, km: 90{"}"}
            fleet:
              - {"{"}id: truck, mode: road, count: {trucks}, base: DEPOT, payload_t: 5, kmh: 40, load_time: 1h, unload_time: 1h, cost_per_km: 1{"}"}
            items:
              - {"{"}id: food, t_per_m3: 0.6{"}"}
            stock:
              - {"{"}at: DEPOT, item: food, t: 500{"}"}
            demand:
              arrivals:
                - {"{"}id: extra, item: food, from: DEPOT, to: [ISLAND, TOWN], t: {"{"}uniform: [1, 4]{"}"}, every: {"{"}exponential: {"{"}mean: 6h{"}"}{"}"}, due: 1d, priority: 2{"}"}
              needs:
                - {"{"}at: ISLAND, item: food, kg_per_person_day: 0.555, from: DEPOT, every: 1d, due: 1d, priority: 1{"}"}
                - {"{"}at: TOWN, item: food, kg_per_person_day: 0.555, from: DEPOT, every: 1d, due: 1d, priority: 1{"}"}
            breakdowns:
              - {"{"}mode: road, mtbf: 60h, repair: {"{"}uniform: [2h, 12h]{"}"}{"}"}
            strategy: {"{"}name: priority{"}"}
            """);
        return path;
    }

    private static JsonElement Changes(string dir) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "criticality.json"))).RootElement.GetProperty("changes").Clone();

    [Fact]
    public void Bridge_RanksFirst_TheRedundantDetourLast_WithAnIntervalCoveringZero()
    {
        using var work = new TestFolder();
        string scenario = Network(work);
        string outDir = work.NewFolder();
        var (exit, _, error) = Cli.Run("criticality", scenario, "--targets", "links", "--all-links", "-r", "4", "--threads", "1", "--out", outDir);
        Assert.True(exit == 0, error);
        var changes = Changes(outDir).EnumerateArray().ToArray();
        Assert.Equal(3, changes.Length);
        Assert.Equal("BRIDGE", changes[0].GetProperty("target").GetString());
        Assert.False(changes[0].GetProperty("covers_zero").GetBoolean());
        Assert.True(changes[0].GetProperty("fill_rate").GetProperty("mean").GetDouble() < -0.2, "the island's share of the tonnes is lost");
        Assert.Equal("DETOUR", changes[^1].GetProperty("target").GetString());
        Assert.True(changes[^1].GetProperty("covers_zero").GetBoolean());
        var ci = changes[^1].GetProperty("objective").GetProperty("ci95");
        Assert.True(ci[0].GetDouble() <= 0 && ci[1].GetDouble() >= 0);
        Assert.Contains("| 1 | link BRIDGE: closed |", File.ReadAllText(Path.Combine(outDir, "criticality.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Screening_LeavesOutTheIdleDetour_AndSaysSo()
    {
        using var work = new TestFolder();
        string scenario = Network(work);
        string outDir = work.NewFolder();
        var (exit, _, error) = Cli.Run("criticality", scenario, "--targets", "links", "-r", "3", "--threads", "1", "--out", outDir);
        Assert.True(exit == 0, error);
        var root = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "criticality.json"))).RootElement;
        Assert.Equal(["BRIDGE", "MAIN"], root.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("target").GetString()).Order(StringComparer.Ordinal));
        var screened = root.GetProperty("screened_out").EnumerateArray().Single();
        Assert.Equal("DETOUR", screened.GetProperty("target").GetString());
        Assert.Contains("carried no flow", screened.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("Screened out (1", File.ReadAllText(Path.Combine(outDir, "criticality.md")), StringComparison.Ordinal);
        Assert.Contains(",DETOUR,closed,", File.ReadAllText(Path.Combine(outDir, "criticality.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void OneTruckLess_EqualsTheDifferenceOfTwoRuns_WithTheSameSeed()
    {
        using var work = new TestFolder();
        string four = Network(work, trucks: 4), three = Network(work, trucks: 3, name: "three.yaml");
        string study = work.NewFolder(), runFour = work.NewFolder(), runThree = work.NewFolder();
        Assert.Equal(0, Cli.Run("criticality", four, "--targets", "fleet", "-r", "3", "--threads", "1", "--out", study).Exit);
        Assert.Equal(0, Cli.Run("run", four, "-r", "3", "--threads", "1", "--out", runFour).Exit);
        Assert.Equal(0, Cli.Run("run", three, "-r", "3", "--threads", "1", "--out", runThree).Exit);
        double Objective(string dir) => JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "summary.json"))).RootElement.GetProperty("objective").GetDouble();
        var minusOne = Changes(study).EnumerateArray().Single(c => c.GetProperty("action").GetString() == "-1 unit");
        double loss = minusOne.GetProperty("objective").GetProperty("mean").GetDouble();
        double expected = Objective(runThree) - Objective(runFour);
        Assert.True(expected != 0, "one truck less changes something here");
        Assert.Equal(expected, loss, Math.Abs(expected) * 1e-9);
    }

    [Fact]
    public void Files_AreByteIdentical_OnOneThreadAndTwo()
    {
        using var work = new TestFolder();
        string scenario = Network(work);
        string one = work.NewFolder(), two = work.NewFolder();
        Assert.Equal(0, Cli.Run("criticality", scenario, "-r", "3", "--threads", "1", "--out", one).Exit);
        Assert.Equal(0, Cli.Run("criticality", scenario, "-r", "3", "--threads", "2", "--out", two).Exit);
        foreach (string file in (string[])[.. CriticalityFiles.Outputs, CriticalityPictures.Tornado, CriticalityPictures.Map])
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(one, file)), File.ReadAllBytes(Path.Combine(two, file)));
        }
    }

    [Fact]
    public void Gains_RankAdditions_ByTheFallInObjective()
    {
        using var work = new TestFolder();
        string scenario = Network(work, trucks: 1);
        string outDir = work.NewFolder();
        var (exit, _, error) = Cli.Run("criticality", scenario, "--gains", "-r", "3", "--threads", "1", "--out", outDir);
        Assert.True(exit == 0, error);
        var root = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "criticality.json"))).RootElement;
        Assert.Equal("gains", root.GetProperty("direction").GetString());
        var first = root.GetProperty("changes")[0];
        Assert.Equal("+1 unit", first.GetProperty("action").GetString());
        Assert.True(first.GetProperty("objective").GetProperty("mean").GetDouble() < 0, "a second truck lowers the objective");
        Assert.Contains("| 1 | fleet truck: +1 unit |", File.ReadAllText(Path.Combine(outDir, "criticality.md")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--targets", "roads", "error: --targets: found 'roads'")]
    [InlineData("--targets", "links,node", "error: --targets: found 'node', expected one of links, nodes, fleet, stock (did you mean 'nodes'?)")]
    [InlineData("--disruption", "slowed=0.5", "error: --disruption: found 'slowed=0.5'")]
    [InlineData("--disruption", "flooded", "error: --disruption: found 'flooded'")]
    [InlineData("--for", "0h", "error: --for: found '0h'")]
    [InlineData("--from", "soon", "error: --from: found 'soon'")]
    [InlineData("--from", "9d", "error: --from: found 216h")]
    [InlineData("-r", "1", "error: --replications: found 1")]
    public void BadInput_IsRefused_WithExitCode2_BeforeAnyWork(string option, string value, string message)
    {
        using var work = new TestFolder();
        string scenario = Network(work);
        string outDir = Path.Combine(work, "out");
        var (exit, _, error) = Cli.Run("criticality", scenario, option, value, "--out", outDir);
        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void ARunAgain_SkipsEveryUnit_AndWritesTheSameFiles()
    {
        using var work = new TestFolder();
        string scenario = Network(work);
        string outDir = work.NewFolder();
        Assert.Equal(0, Cli.Run("criticality", scenario, "--targets", "links,fleet", "-r", "2", "--threads", "1", "--out", outDir).Exit);
        byte[] first = File.ReadAllBytes(Path.Combine(outDir, "criticality.json"));
        var (exit, output, _) = Cli.Run("criticality", scenario, "--targets", "links,fleet", "-r", "2", "--threads", "1", "--out", outDir);
        Assert.Equal(0, exit);
        Assert.Contains(" 0 unit(s) run", output, StringComparison.Ordinal);
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(outDir, "criticality.json")));
    }

    [Fact]
    public void Report_OpensWithTheFiveChangesThatMatterMost()
    {
        using var work = new TestFolder();
        string scenario = Network(work);
        string outDir = work.NewFolder();
        Assert.Equal(0, Cli.Run("criticality", scenario, "-r", "2", "--threads", "1", "--out", outDir).Exit);
        var (exit, _, error) = Cli.Run("report", outDir);
        Assert.True(exit == 0, error);
        string html = File.ReadAllText(Path.Combine(outDir, "report.html"));
        int first = html.IndexOf("<section id=\"criticality\">", StringComparison.Ordinal);
        Assert.True(first >= 0 && first < html.IndexOf("<section id=\"summary\">", StringComparison.Ordinal));
        Assert.Contains("The five changes that matter most", html, StringComparison.Ordinal);
        string headline = html[html.IndexOf("<ol id=\"criticality-headline\">", StringComparison.Ordinal)..];
        headline = headline[..headline.IndexOf("</ol>", StringComparison.Ordinal)];
        Assert.Equal(5, headline.Split("<li>").Length - 1);
        Assert.Contains("<strong>link BRIDGE: closed</strong>", headline, StringComparison.Ordinal);
        Assert.Contains("id=\"criticality-tornado\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"criticality-map\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Shards_ThenTheCommandWithoutShard_WriteWhatOneRunWrites()
    {
        using var work = new TestFolder();
        string scenario = Network(work);
        string whole = work.NewFolder(), sharded = work.NewFolder();
        Assert.Equal(0, Cli.Run("criticality", scenario, "-r", "2", "--threads", "1", "--out", whole).Exit);
        var (exit0, out0, _) = Cli.Run("criticality", scenario, "-r", "2", "--threads", "1", "--shard", "0/2", "--out", sharded);
        Assert.Equal(0, exit0);
        Assert.Contains("without --shard", out0, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(sharded, "criticality.json")));
        Assert.Equal(0, Cli.Run("criticality", scenario, "-r", "2", "--threads", "1", "--shard", "1/2", "--out", sharded).Exit);
        var (exit, output, _) = Cli.Run("criticality", scenario, "-r", "2", "--threads", "1", "--out", sharded);
        Assert.Equal(0, exit);
        Assert.Contains(" 0 unit(s) run", output, StringComparison.Ordinal);
        foreach (string file in CriticalityFiles.Outputs) Assert.Equal(File.ReadAllBytes(Path.Combine(whole, file)), File.ReadAllBytes(Path.Combine(sharded, file)));
    }

    [Fact]
    public void AFolderOfAnotherStudy_IsRefused_WithExitCode2()
    {
        using var work = new TestFolder();
        string scenario = Network(work);
        string outDir = work.NewFolder();
        Assert.Equal(0, Cli.Run("criticality", scenario, "--targets", "fleet", "-r", "2", "--threads", "1", "--out", outDir).Exit);
        var (exit, _, error) = Cli.Run("criticality", scenario, "--gains", "-r", "2", "--threads", "1", "--out", outDir);
        Assert.Equal(2, exit);
        Assert.Contains("error: --out: found the experiment 'criticality-network-losses'", error, StringComparison.Ordinal);
    }
}
