using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Response;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;
using LogisticsSim.Optimization.Routing;
using LogisticsSim.Optimization.Strategies;
using Xunit;

namespace LogisticsSim.Optimization.Tests.Strategies;

public class OrToolsStrategyTests
{
    private static readonly string Tutorial = File.ReadAllText(RepoFiles.Scenario("tutorial.yaml"));

    private static Scenario Scenario() => ScenarioLoader.LoadFromText(Tutorial, "tutorial.yaml").Scenario!;

    private sealed class FailingPlanner : IRoutePlanner
    {
        public int Calls { get; private set; }

        public RoutePlan Plan(RoutingProblem problem, PlanningBudget budget)
        {
            Calls++;
            return RoutePlan.Failed(PlanStatus.NoSolution);
        }
    }

    [Fact]
    public void SolverFailure_FallsBackToPriority_CountsIt_AndTheRunCompletes()
    {
        var planner = new FailingPlanner();
        var strategy = new OrToolsStrategy(OrToolsStrategyOptions.Default, planner);
        var model = new ResponseModel(Scenario(), strategy, 0);
        var result = model.Run(SimTime.FromHours(6), b => Assert.True(Math.Abs(b.Residual) < 1e-6));
        Assert.True(planner.Calls > 0);
        Assert.Equal(planner.Calls, result.Kpis.StrategyFallbacks);
        Assert.True(result.Kpis.FillRate > 0.5, $"fill rate {result.Kpis.FillRate}");
    }

    [Fact]
    public void RealSolves_DeliverAndConserveTonnes()
    {
        var strategy = new OrToolsStrategy(OrToolsStrategyOptions.Default);
        var model = new ResponseModel(Scenario(), strategy, 1);
        var result = model.Run(SimTime.FromHours(1), b => Assert.True(Math.Abs(b.Residual) < 1e-6));
        Assert.True(strategy.Plans > 10, $"{strategy.Plans} plans");
        Assert.Equal(0, result.Kpis.StrategyFallbacks);
        Assert.True(result.Kpis.FillRate > 0.9, $"fill rate {result.Kpis.FillRate}");
    }

    [Fact]
    public void SameInputs_SamePlans_SameResults()
    {
        var a = new ResponseModel(Scenario(), new OrToolsStrategy(OrToolsStrategyOptions.Default), 2).Run();
        var b = new ResponseModel(Scenario(), new OrToolsStrategy(OrToolsStrategyOptions.Default), 2).Run();
        Assert.Equal(KpiVector.Of(a.Kpis), KpiVector.Of(b.Kpis));
        Assert.Equal(a.Requests, b.Requests);
    }

    private static OrToolsStrategyOptions Read(params (string, string)[] options)
    {
        var settings = StrategySettings.Read(OrToolsStrategyOptions.Descriptor, null, options.Select(o => KeyValuePair.Create(o.Item1, o.Item2)), out var problems);
        Assert.True(settings is not null, string.Join("; ", problems));
        return OrToolsStrategyOptions.From(settings);
    }

    [Fact]
    public void Options_ReadFromTheSettings()
    {
        var o = Read(("replan_every", "2h"), ("min_interval", "30m"), ("solution_limit", "7"), ("search", "iterated"), ("first_solution", "savings"),
            ("max_requests", "12"), ("max_parts", "3"), ("horizon_hours", "24"), ("rule_fills", "false"), ("postpone", "0.25"));
        Assert.Equal((SimTime.FromHours(2), SimTime.FromMinutes(30), 7L, SearchStrategy.IteratedLocalSearch, FirstSolutionHeuristic.Savings, false, 12, 3, 24.0, false, 0.25),
            (o.ReplanEvery, o.MinInterval, o.Budget.SolutionLimit!.Value, o.Budget.Strategy, o.Budget.FirstSolution, o.PricedStart, o.MaxRequests, o.MaxParts, o.HorizonHours, o.RuleFills, o.Postpone));
        Assert.Null(o.Budget.TimeLimit);
    }

    [Fact]
    public void Options_NoneGiven_AreTheDefaults() => Assert.Equal(OrToolsStrategyOptions.Default, Read());

    [Fact]
    public void Options_SearchChoices_AreEveryStrategyOfThePlanner()
    {
        Assert.Equal(["greedy", "guided", "iterated", "ruin"], OrToolsStrategyOptions.Descriptor.Option("search")!.Choices);
        var ruin = Read(("search", "ruin"), ("solution_limit", "300"));
        Assert.Equal((SearchStrategy.RuinAndRecreate, 300L, true), (ruin.Budget.Strategy, ruin.Budget.SolutionLimit!.Value, ruin.PricedStart));
    }

    [Fact]
    public void Options_TimeLimitAnyUnit_LiftsTheDefaultSolutionLimit()
    {
        var o = Read(("time_limit", "500ms"));
        Assert.Equal((TimeSpan.FromMilliseconds(500), (long?)null), (o.Budget.TimeLimit, o.Budget.SolutionLimit));
        Assert.Equal((TimeSpan.FromMinutes(2), (long?)5), (Read(("time_limit", "2m"), ("solution_limit", "5")).Budget.TimeLimit, Read(("time_limit", "2m"), ("solution_limit", "5")).Budget.SolutionLimit));
    }

    [Fact]
    public void Descriptor_DefaultsAreTheDefaultOptions()
    {
        // One set of defaults: the descriptor (and so the docs) reads them from OrToolsStrategyOptions.Default.
        var d = OrToolsStrategyOptions.Descriptor;
        Assert.Equal(("6h", "4h", "1", null, "greedy", "priced", "60", "4", "48", "true", "0.5"),
            (d.Option("replan_every")!.Default, d.Option("min_interval")!.Default, d.Option("solution_limit")!.Default, d.Option("time_limit")!.Default,
             d.Option("search")!.Default, d.Option("first_solution")!.Default, d.Option("max_requests")!.Default, d.Option("max_parts")!.Default,
             d.Option("horizon_hours")!.Default, d.Option("rule_fills")!.Default, d.Option("postpone")!.Default));
    }

    [Fact]
    public void Options_BadValues_Refused()
    {
        StrategySettings.Read(OrToolsStrategyOptions.Descriptor, null, [new("search", "magic"), new("solution_limit", "abc"), new("horizon_hours", "0"), new("postpone", "1.5")], out var problems);
        Assert.Equal(
            ["horizon_hours: found 0, expected a number > 0", "postpone: found 1.5, expected a number >= 0 and <= 1", "search: found 'magic', expected one of greedy, guided, iterated, ruin", "solution_limit: found 'abc', expected a whole number >= 1"],
            problems.Select(p => p.ToString()));
    }
}
