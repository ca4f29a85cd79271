using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Response;
using LogisticsSim.Core.Scenarios;
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

    [Fact]
    public void Options_ReadFromTheScenario()
    {
        var spec = new Core.Strategies.StrategySpec("ortools", SimTime.FromHours(2),
            new SortedDictionary<string, string> { ["solution_limit"] = "7", ["search"] = "iterated", ["max_requests"] = "12" });
        var o = OrToolsStrategyOptions.From(spec);
        Assert.Equal((SimTime.FromHours(2), 7L, SearchStrategy.IteratedLocalSearch, 12), (o.ReplanEvery, o.Budget.SolutionLimit!.Value, o.Budget.Strategy, o.MaxRequests));
        Assert.Throws<ArgumentException>(() => OrToolsStrategyOptions.From(spec with { Options = new SortedDictionary<string, string> { ["search"] = "magic" } }));
    }
}
