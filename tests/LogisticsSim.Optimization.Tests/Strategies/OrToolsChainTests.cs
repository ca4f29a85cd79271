// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Response;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Optimization.Strategies;
using Xunit;

namespace LogisticsSim.Optimization.Tests.Strategies;

/// <summary>The ortools strategy serves the legs of chains like any request, unchanged.</summary>
public class OrToolsChainTests
{
    [Fact]
    public void OrTools_ServesLegs_OfRequestsCarriedAsChains()
    {
        // The tutorial's airport is a transfer node: cargo for districts whose roads are closed goes by truck to it, then flies.
        string text = File.ReadAllText(RepoFiles.Scenario("tutorial.yaml"));
        Assert.Contains("storage_t: 300, handling_tph: 20, transfer_h: 2}", text, StringComparison.Ordinal);
        var loaded = ScenarioLoader.LoadFromText(text, "tutorial.yaml");
        Assert.True(loaded.Succeeded, loaded.ErrorReport);
        var result = new ResponseModel(loaded.Scenario, new OrToolsStrategy(OrToolsStrategyOptions.Default), 0).Run();
        Assert.True(result.Kpis.Transfers > 0);
        Assert.Contains(result.Legs, l => l.Leg == 2 && l.Delivered is not null && l.Vehicles.StartsWith("heli-", StringComparison.Ordinal));
        Assert.Equal(0, result.Kpis.StrategyFallbacks);
        var delivered = result.Requests.Where(r => result.Legs.Any(l => l.Request == r.Id) && r.Status == "delivered").ToArray();
        Assert.NotEmpty(delivered);
        Assert.All(delivered, r => Assert.Equal(result.Legs.Where(l => l.Request == r.Id).Max(l => l.Delivered), r.Delivered));
    }
}
