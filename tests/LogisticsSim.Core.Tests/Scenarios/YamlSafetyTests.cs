using System.Diagnostics;
using System.Text;
using LogisticsSim.Core.Scenarios;
using Xunit;

namespace LogisticsSim.Core.Tests.Scenarios;

/// <summary>Hostile or broken files: refused with a located message, quickly, never with an exception.</summary>
public class YamlSafetyTests
{
    private static string[] Errors(string text, string file = "bad.yaml") =>
        ScenarioLoader.LoadFromText(text, file).Errors.Select(e => e.ToString()).ToArray();

    /// <summary>Ten levels of nine-fold aliases: 9^9 (about 387 million) scalars once expanded.</summary>
    private static string BillionLaughs()
    {
        var text = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++)
        {
            string p = $"*a{i - 1}";
            text.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat(p, 9))}]\n");
        }
        return text.Append("strategy: {name: *a9}\n").ToString();
    }

    [Fact]
    public void Load_BillionLaughs_IsRefusedQuicklyAtTheAlias()
    {
        var clock = Stopwatch.StartNew();
        string[] errors = Errors(BillionLaughs());
        clock.Stop();
        // a5 expands to 597,871 nodes and the definitions up to it to about 673,000 in all, so a6's first
        // alias *a5 (line 7, column 10) is the one that crosses 1,000,000.
        Assert.Equal(
            ["bad.yaml:7:10: a6[0]: found alias *a5, which expands the file past 1,000,000 nodes, expected at most 1,000,000 nodes with every alias expanded"],
            errors);
        // Expanding would take minutes and gigabytes; refusing takes microseconds. The bound is loose for slow CI machines.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Load_FewAliases_AreAllowed()
    {
        // A distribution written once and reused: the legitimate use of anchors.
        var scenario = Mini.Load(Mini.Plus(
            "hazards:\n  - node: PORT\n    effect: closed\n    duration: &d {uniform: [1d, 2d]}\n"
            + "  - node: BUZI\n    effect: closed\n    duration: *d"));
        Assert.All(scenario.Hazards, h => Assert.Equal(new LogisticsSim.Kernel.Random.Uniform(24, 48), h.DurationHours));
    }

    [Fact]
    public void Load_AliasInsideItsOwnAnchor_IsRefused() => Assert.Equal(
        ["bad.yaml:1:9: a[0]: found alias *x inside its own anchor &x, expected an alias to a finished node (it would repeat forever)"],
        Errors("a: &x [ *x ]\n"));

    [Fact]
    public void Load_AliasToNoAnchor_IsRefused() => Assert.Equal(
        ["bad.yaml:2:4: b: found alias *nope, expected an alias to an anchor defined above it (&nope)"],
        Errors("a: 1\nb: *nope\n"));

    [Fact]
    public void Load_DeepNesting_IsRefusedBeforeTheTreeIsBuilt()
    {
        string text = "a: " + new string('[', 100_000) + new string(']', 100_000) + "\n";
        string error = Assert.Single(Errors(text));
        Assert.StartsWith("bad.yaml:1:67: a", error);
        Assert.EndsWith(": found nesting deeper than 64 levels, expected a scenario nested at most 64 levels deep", error);
    }

    [Fact]
    public void Load_TooLargeText_IsRefusedUnparsed() => Assert.Equal(
        ["big.yaml:1:1: (file): found a file of 16,777,217 bytes, expected a scenario file of at most 16,777,216 bytes (16 MiB)"],
        Errors(new string(' ', 16 * 1024 * 1024 + 1), "big.yaml"));

    [Fact]
    public void Load_TooLargeFile_IsRefusedUnread()
    {
        using var folder = new TestFolder();
        string path = Path.Combine(folder, "big.yaml");
        using (var file = File.Create(path)) file.SetLength(ScenarioLoader.MaxFileBytes + 1);
        var error = Assert.Single(ScenarioLoader.Load(path).Errors);
        Assert.Equal($"{path}:1:1: (file): found a file of 16,777,217 bytes, expected a scenario file of at most 16,777,216 bytes (16 MiB)", error.ToString());
    }

    [Fact]
    public void Load_MissingFile_IsAnErrorNotAnException()
    {
        using var folder = new TestFolder();
        string path = Path.Combine(folder, "no-such-dir", "none.yaml");
        var error = Assert.Single(ScenarioLoader.Load(path).Errors);
        Assert.StartsWith($"{path}:1:1: (file): found no readable file (", error.ToString());
        Assert.EndsWith("), expected a scenario file that exists and can be read", error.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("# only a comment\n")]
    public void Load_EmptyFile_IsRefused(string text) => Assert.Equal(
        ["bad.yaml:1:1: (file): found an empty file, expected a scenario: a mapping with the keys scenario, horizon, seed, network, "
         + "fleet, items, stock, supply, demand, hazards, breakdowns, strategy, planning, objective"],
        Errors(text));

    [Fact]
    public void Load_ScalarDocument_IsRefused() => Assert.Equal(
        ["bad.yaml:1:1: (file): found 'hello', expected a mapping with the keys scenario, horizon, seed, network, "
         + "fleet, items, stock, supply, demand, hazards, breakdowns, strategy, planning, objective"],
        Errors("hello\n"));

    [Fact]
    public void Load_BadIndentation_GivesTheParsersMessageLocated() => Assert.Equal(
        ["bad.yaml:3:2: (file): found malformed YAML (while parsing a block mapping, did not find expected key), expected well-formed YAML"],
        Errors("a:\n  - 1\n - 2\n"));

    [Fact]
    public void Load_UnclosedFlowSequence_IsLocated() => Assert.Equal(
        ["mini.yaml:6:70: (file): found malformed YAML (while parsing a flow sequence, did not find expected ',' or ']'), expected well-formed YAML"],
        Mini.Errors(Mini.With("lon: 34.84, storage", "lon: [34.84, storage")));

    [Fact]
    public void Load_UnclosedFlowSequenceAtEnd_IsLocatedAtItsBracket()
    {
        // YamlDotNet 18 throws InvalidOperationException here, with no position: the loader points at the open bracket.
        string error = Assert.Single(Errors("a: 1\nb: [1, 2\nc: 3\n"));
        Assert.StartsWith("bad.yaml:2:4: (file): found malformed YAML (", error);
    }

    [Fact]
    public void Load_DuplicateKeys_AreAllReported() => Assert.Equal(
        [
            "mini.yaml:3:1: horizon: found duplicate key 'horizon', expected each key once in a mapping (first at line 2, column 1)",
            "mini.yaml:11:66: fleet[0].count: found duplicate key 'count', expected each key once in a mapping (first at line 11, column 29)",
        ],
        Mini.Errors(Mini.With("seed: 1", "horizon: 5d").Replace("kmh: 45}", "count: 3}")));

    [Fact]
    public void Load_SecondDocument_IsRefused() => Assert.Equal(
        ["mini.yaml:19:1: (file): found a second YAML document, expected one scenario per file"],
        Mini.Errors(Mini.Text + "---\na: 1\n"));

    [Fact]
    public void Load_ListAsAKey_IsRefused()
    {
        string[] errors = Errors("? [a]\n: 1\n");
        Assert.Contains("bad.yaml:1:3: (file): found a list as a key, expected a key name", errors);
    }
}
