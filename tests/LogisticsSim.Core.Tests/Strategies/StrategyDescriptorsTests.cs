// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Strategies;
using Xunit;

namespace LogisticsSim.Core.Tests.Strategies;

/// <summary>Names, options, kinds and ranges checked against declarations; a made-up rolling strategy stands for the optimiser.</summary>
public class StrategyDescriptorsTests
{
    /// <summary>A strategy with one option of every kind.</summary>
    public static readonly StrategyDescriptor Rolling = new("rolling", "A test strategy.",
    [
        StrategyOption.Duration("replan_every", TimeSpan.FromHours(6), "Interval between epochs."),
        StrategyOption.WholeNumber("depth", 3, "Search depth.", min: 1, max: 10),
        StrategyOption.Number("weight", 0.5, "A weight.", min: 0),
        StrategyOption.Choice("mode", "fast", ["fast", "careful"], "How to search."),
        StrategyOption.Flag("verbose", false, "Say more."),
        StrategyOption.Duration("time_limit", null, "Wall clock per epoch."),
    ]);

    public static readonly StrategyDescriptors Known = new([.. StrategyDescriptors.Builtin.All, Rolling,
        new StrategyDescriptor("exec", "A program.", [StrategyOption.Duration("timeout", TimeSpan.FromSeconds(10), "Per answer.")]) { Argument = "COMMAND" }]);

    private static IReadOnlyList<StrategyProblem> Problems(string text, params (string, string)[] inherited)
    {
        Known.Resolve(text, inherited.Select(o => new KeyValuePair<string, string>(o.Item1, o.Item2)), out var problems);
        return problems;
    }

    [Fact]
    public void Resolve_Defaults_Typed()
    {
        var s = Known.Resolve("rolling", [], out var problems)!;
        Assert.Empty(problems);
        Assert.Equal((TimeSpan.FromHours(6), 3L, 0.5, "fast", false), (s.Duration("replan_every"), s.WholeNumber("depth"), s.Number("weight"), s.Choice("mode"), s.Flag("verbose")));
        Assert.Null(s.Duration("time_limit"));
        Assert.False(s.IsGiven("depth"));
        Assert.Equal("replan_every=6h; depth=3; weight=0.5; mode=fast; verbose=false; time_limit=none", s.ToString());
    }

    [Fact]
    public void Resolve_BracketsOverrideInherited()
    {
        var s = Known.Resolve("rolling[depth=7,replan_every=90m]", [new("depth", "2"), new("mode", "careful")], out _)!;
        Assert.Equal((7L, TimeSpan.FromMinutes(90), "careful"), (s.WholeNumber("depth"), s.Duration("replan_every"), s.Choice("mode")));
        Assert.True(s.IsGiven("mode"));
    }

    [Theory]
    [InlineData("rolling[depth=abc]", "depth: found 'abc', expected a whole number >= 1 and <= 10")]
    [InlineData("rolling[depth=2.5]", "depth: found 2.5, expected a whole number >= 1 and <= 10")]
    [InlineData("rolling[depth=11]", "depth: found 11, expected a whole number >= 1 and <= 10")]
    [InlineData("rolling[weight=-1]", "weight: found -1, expected a number >= 0")]
    [InlineData("rolling[weight=.nan]", "weight: found .nan, expected a number >= 0")]
    [InlineData("rolling[replan_every=6]", "replan_every: found 6, expected a duration > 0 with a unit (6s, 6m, 6h or 6d)")]
    [InlineData("rolling[replan_every=0s]", "replan_every: found 0s, expected a duration > 0, such as 500ms, 90s, 2m, 6h or 3d")]
    [InlineData("rolling[replan_every=1e9h]", "replan_every: found 1e9h, expected a duration of at most 1000000h")]
    [InlineData("rolling[mode=carefull]", "mode: found 'carefull', expected one of fast, careful (did you mean 'careful'?)")]
    [InlineData("rolling[verbose=yes]", "verbose: found 'yes', expected true or false")]
    [InlineData("rolling[replan_evry=2h]", "found unknown option 'replan_evry' for strategy 'rolling', expected one of replan_every, depth, weight, mode, verbose, time_limit (did you mean 'replan_every'?)")]
    [InlineData("priority[replan_every=2h]", "found unknown option 'replan_every' for strategy 'priority', expected no options: 'priority' takes none (replan_every is an option of rolling)")]
    [InlineData("rolling:x", "found 'rolling:x', expected 'rolling' alone: it takes nothing after a colon")]
    [InlineData("exec[timeout=1s]", "found 'exec[timeout=1s]', expected exec:COMMAND: 'exec' needs a command after a colon")]
    public void Resolve_Wrong_OneProblemSaysWhat(string text, string message) => Assert.Equal(message, Assert.Single(Problems(text)).ToString());

    [Fact]
    public void Resolve_UnknownName_DidYouMeanAndEveryForm()
    {
        var p = Assert.Single(Problems("rollin"));
        Assert.Equal("found unknown strategy 'rollin', expected one of fcfs, lazy, priority, rolling or exec:COMMAND (did you mean 'rolling'?)", p.Message);
        Assert.Null(p.Option);
    }

    [Fact]
    public void Resolve_SeveralWrong_EveryOneReported() =>
        Assert.Equal(["depth", "nope", "weight"], Problems("rolling[weight=x,depth=0]", ("nope", "1")).Select(p => p.Option!));

    [Fact]
    public void OpenOptions_AnyNonEmptyOptionPassesAsText()
    {
        var open = new StrategyDescriptor("plugin", "From outside.", []) { OpenOptions = true };
        var s = StrategySettings.Read(open, null, [new("alpha", "1"), new("beta", "x")], out var problems)!;
        Assert.Empty(problems);
        Assert.Equal("alpha=1; beta=x", s.ToString());
        StrategySettings.Read(open, null, [new("alpha", " ")], out problems);
        Assert.Equal("alpha: found an empty value, expected a value", Assert.Single(problems).ToString());
    }

    [Fact]
    public void TypeText_SaysKindAndRange() => Assert.Equal(
        ["duration > 0", "whole number >= 1 and <= 10", "number >= 0", "fast or careful", "true or false", "duration > 0"],
        Rolling.Options.Select(o => o.TypeText));

    [Fact]
    public void Settings_AskingForAnUndeclaredOption_IsAProgrammerError() =>
        Assert.Throws<ArgumentException>(() => StrategySettings.Defaults(Rolling).WholeNumber("replan_every"));

    [Fact]
    public void Builtins_FcfsAndPriorityTakeNoOptions_LazysDefaultsPassItsOwnCheck()
    {
        Assert.Equal(["fcfs", "lazy", "priority"], StrategyDescriptors.Builtin.All.Select(d => d.Name));
        Assert.Empty(FcfsStrategy.Descriptor.Options);
        Assert.Empty(PriorityStrategy.Descriptor.Options);
        Assert.Equal("margin=2h; fill_threshold=0.9; check_every=1h", StrategySettings.Defaults(LazyStrategy.Descriptor).ToString());
    }
}
