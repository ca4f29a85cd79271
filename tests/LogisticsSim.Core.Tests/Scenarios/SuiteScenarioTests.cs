// SPDX-License-Identifier: Apache-2.0
using System.Diagnostics;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Text;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace LogisticsSim.Core.Tests.Scenarios;

/// <summary>
/// scenarios/suite/, the benchmark suite: every scenario loads, says what it stresses, stays within the sizes the
/// protocol promises, and is listed in protocol.yaml; the large one is exactly what its script writes.
/// </summary>
public class SuiteScenarioTests
{
    private const string Large = "large-sindh-floods.yaml";
    private static readonly string SuiteDir = RepoFiles.Scenario("suite");

    public static TheoryData<string> Files() => new(SuiteFiles());

    private static IEnumerable<string> SuiteFiles() =>
        Directory.EnumerateFiles(SuiteDir, "*.yaml").Select(Path.GetFileName).Where(f => f != "protocol.yaml").Order(StringComparer.Ordinal)!;

    private static Scenario Load(string file)
    {
        var result = ScenarioLoader.Load(Path.Combine(SuiteDir, file));
        Assert.True(result.Succeeded, result.ErrorReport);
        return result.Scenario;
    }

    /// <summary>Requests a replication brings on average: written ones, arrival streams (window / mean gap), needs.</summary>
    private static double ExpectedRequests(Scenario s) =>
        s.Demand.Requests.Count
        + s.Demand.Arrivals.Sum(a => (a.End - a.Start).Hours / a.InterarrivalHours.Mean)
        + s.Demand.Needs.Sum(n => Math.Ceiling((n.End - n.Start).Ticks / (double)n.Every.Ticks));

    private static YamlMappingNode Protocol()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(SuiteDir, "protocol.yaml"))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlNode Key(YamlMappingNode m, string key) => m.Children[new YamlScalarNode(key)];

    [Fact]
    public void Suite_HasAtLeastNineScenarioFiles() => Assert.True(SuiteFiles().Count() >= 9, string.Join(", ", SuiteFiles()));

    [Theory]
    [MemberData(nameof(Files))]
    public void SuiteScenario_LoadsWithADescription(string file)
    {
        var s = Load(file);
        Assert.False(string.IsNullOrWhiteSpace(s.Description), $"{file}: scenario.description says what it stresses");
        Assert.StartsWith("Stresses", s.Description, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void SuiteScenario_OpensWithCoversThenScenario(string file)
    {
        string[] lines = File.ReadAllLines(Path.Combine(SuiteDir, file));
        Assert.StartsWith("# Covers:", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines.TakeWhile(l => l.StartsWith('#')), l => l.StartsWith("# Scenario:", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void SuiteScenario_KeysAppearInTheSchema(string file) =>
        new SchemaTests().ShippedScenario_TopFleetAndNodeKeys_AppearInTheSchema(Path.Combine("suite", file));

    [Theory]
    [MemberData(nameof(Files))]
    public void SuiteScenario_HasAFewHundredToAFewThousandRequests_TheLargeOneTwentyThousand(string file)
    {
        var s = Load(file);
        double requests = ExpectedRequests(s);
        if (file == Large)
        {
            Assert.True(s.Fleet.Sum(v => v.Count) >= 100, $"{s.Fleet.Sum(v => v.Count)} vehicles");
            // Poisson arrivals: a margin of several standard deviations keeps every replication above 20,000.
            Assert.True(requests >= 20000 + 5 * Math.Sqrt(requests), $"{requests:F0} requests expected");
        }
        else
        {
            Assert.InRange(requests, 300, 5000);
        }
    }

    [Fact]
    public void Protocol_ListsEverySuiteFileAndIdai_AndNothingMissing()
    {
        var listed = ((YamlSequenceNode)Key(Protocol(), "scenarios")).Select(n => ((YamlScalarNode)n).Value!).ToList();
        Assert.Equal(listed.Count, listed.Distinct(StringComparer.Ordinal).Count());
        Assert.All(listed, f => Assert.True(File.Exists(Path.Combine(SuiteDir, f)), $"{f} does not exist"));
        Assert.Contains("../idai-beira.yaml", listed);
        Assert.Equal(SuiteFiles().Order(StringComparer.Ordinal), listed.Where(f => !f.StartsWith("../", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Protocol_FixesSeedReplicationsStrategiesAndCountBudgets()
    {
        var p = Protocol();
        Assert.True(long.TryParse(((YamlScalarNode)Key(p, "seed")).Value, out _));
        Assert.True(int.Parse(((YamlScalarNode)Key(p, "replications")).Value!, System.Globalization.CultureInfo.InvariantCulture) >= 30);
        var strategies = ((YamlSequenceNode)Key(p, "strategies")).Select(n => ((YamlScalarNode)n).Value).ToArray();
        Assert.Equal(new[] { "fcfs", "priority", "lazy", "ortools", "hindsight" }, strategies);
        // Budgets are deterministic: counts, or spans of simulated time (hindsight's simulate_every), never a limit
        // on the machine's time, so that the leaderboard is the same on any machine.
        foreach (var (strategy, budget) in (YamlMappingNode)Key(p, "budgets"))
        {
            Assert.Contains(((YamlScalarNode)strategy).Value, strategies);
            foreach (var (key, value) in (YamlMappingNode)budget)
            {
                string name = ((YamlScalarNode)key).Value!, text = ((YamlScalarNode)value).Value!;
                Assert.DoesNotContain("time", name, StringComparison.Ordinal);
                bool count = long.TryParse(text, out long n) && n > 0;
                bool simulated = name.EndsWith("_every", StringComparison.Ordinal) && DurationText.TryParse(text, out _);
                Assert.True(count || simulated, $"{strategy}.{name}: {text}");
            }
        }
    }

    [Fact]
    public void LargeScenario_IsWhatTheScriptWrites()
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepoFiles.Scenario(Path.Combine("tools", "make_suite_large.py")));
        using var process = Process.Start(start)!;
        string written = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
        Assert.Equal(File.ReadAllText(Path.Combine(SuiteDir, Large)), written);
    }
}
