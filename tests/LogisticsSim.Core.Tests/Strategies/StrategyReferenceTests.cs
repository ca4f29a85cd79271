// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Strategies;
using Xunit;

namespace LogisticsSim.Core.Tests.Strategies;

public class StrategyReferenceTests
{
    private static StrategyReference Parse(string text)
    {
        var reference = StrategyReference.Parse(text, out var problem);
        Assert.True(reference is not null, problem?.ToString());
        return reference;
    }

    [Fact]
    public void Parse_NameAlone() => Assert.Equal(("priority", 0, (string?)null), (Parse(" priority ").Name, Parse("priority").Options.Count, Parse("priority").Argument));

    [Fact]
    public void Parse_OptionsInBrackets_KeptInOrder()
    {
        var r = Parse("ortools[replan_every=2h, solution_limit = 50]");
        Assert.Equal("ortools", r.Name);
        Assert.Equal([new("replan_every", "2h"), new("solution_limit", "50")], r.Options);
        Assert.Equal("ortools", r.Key);
        Assert.Equal("ortools[replan_every=2h,solution_limit=50]", r.ToString());
    }

    [Fact]
    public void Parse_OptionsAndArgument_TheArgumentKeepsItsBracketsAndColons()
    {
        var r = Parse("exec[timeout=5s,on-error=fail]:python3 p.py --grid=[1,2] --at=a:b");
        Assert.Equal(("exec", "python3 p.py --grid=[1,2] --at=a:b"), (r.Name, r.Argument));
        Assert.Equal(2, r.Options.Count);
        Assert.Equal("exec:python3 p.py --grid=[1,2] --at=a:b", r.Key);
    }

    [Theory]
    [InlineData("bin/Release/Policy.dll", "bin/Release/Policy.dll")]
    [InlineData("./Policy.dll", "./Policy.dll")]
    [InlineData("Policy.dll", "Policy.dll")]
    [InlineData("assembly:lib/Policy.dll:My.Type", "lib/Policy.dll:My.Type")]
    public void Parse_Assembly_PathIsTheArgument(string text, string argument) =>
        Assert.Equal(("assembly", argument), (Parse(text).Name, Parse(text).Argument));

    [Fact]
    public void Parse_EmptyBrackets_NoOptions() => Assert.Empty(Parse("ortools[]").Options);

    [Theory]
    [InlineData("", "found nothing, expected a strategy")]
    [InlineData("ortools[solution_limit=5", "expected a closing ']' after the options")]
    [InlineData("ortools[solution_limit]", "found 'solution_limit' in 'ortools[solution_limit]', expected options written option=value")]
    [InlineData("ortools[=5]", "expected options written option=value")]
    [InlineData("exec:", "expected something after 'exec:'")]
    [InlineData("ortools x", "found 'ortools x', expected a strategy: NAME, NAME[option=value,...] or NAME:ARGUMENT")]
    [InlineData("[a=1]", "found '[a=1]', expected a strategy")]
    public void Parse_BadSyntax_SaysWhat(string text, string message)
    {
        Assert.Null(StrategyReference.Parse(text, out var problem));
        Assert.Contains(message, problem!.Message);
    }

    [Theory]
    [InlineData("fcfs,priority", new[] { "fcfs", "priority" })]
    [InlineData("fcfs,priority,ortools[replan_every=2h,solution_limit=50]", new[] { "fcfs", "priority", "ortools[replan_every=2h,solution_limit=50]" })]
    [InlineData(" fcfs , ,exec[timeout=5s,on-error=fail]:p.py ", new[] { "fcfs", "exec[timeout=5s,on-error=fail]:p.py" })]
    [InlineData("fcfs,ortools[a=1,b=2", new[] { "fcfs", "ortools[a=1,b=2" })]
    [InlineData("", new string[0])]
    public void SplitList_CommasInBracketsBelongToTheOptions(string text, string[] items) => Assert.Equal(items, StrategyReference.SplitList(text));
}
