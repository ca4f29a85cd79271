using System.Globalization;
using LogisticsSim.Core.Scenarios;

namespace LogisticsSim.Optimization.Tests.Planning;

/// <summary>Planning scenarios for tests: a tiny one whose optimum enumeration can find, and the shipped ensembles.</summary>
internal static class PlanningInstances
{
    /// <summary>
    /// Two candidate hubs A and B, two districts C and D, one road hour between each hub and each district.
    /// A 2 t truck makes one round trip (2 h) in the 2 h window, so each truck at a hub moves 2 t; the 3 h
    /// detour when B-D is closed exceeds the window. Every number is whole, so the optimum is on the grid
    /// of whole tonnes that <see cref="Enumeration"/> searches.
    /// </summary>
    public static string Tiny(double budget) => string.Create(CultureInfo.InvariantCulture, $$$"""
        scenario: {name: tiny-plan}
        horizon: 2h
        network:
          nodes:
            - {id: A, kind: hub, lat: 0, lon: 0}
            - {id: B, kind: hub, lat: 0, lon: 1}
            - {id: C, kind: district, lat: 1, lon: 0}
            - {id: D, kind: district, lat: 1, lon: 1}
          links:
            - {from: A, to: C, mode: road, km: 40}
            - {from: A, to: D, mode: road, km: 40}
            - {from: B, to: C, mode: road, km: 40}
            - {id: B-D, from: B, to: D, mode: road, km: 40}
        items:
          - {id: relief, t_per_m3: 1}
        fleet:
          - {id: truck, mode: road, count: 1, base: A, payload_t: 2, kmh: 40, cost_per_km: 0.05}
        planning:
          window: 2h
          budget: {{{budget}}}
          items:
            - {item: relief, cost_per_t: 2, unmet_penalty_per_t: 20}
          sizes:
            - {name: small, capacity_t: 4, cost: 2}
            - {name: large, capacity_t: 8, cost: 6}
          hubs:
            - {node: A}
            - {node: B}
          vehicles:
            - {fleet: truck, cost: 4, max: 2}
          scenarios:
            - {id: north, probability: 0.7, demand: {C: {relief: 6}}, stock_survives: {B: 0}}
            - {id: split, probability: 0.3, demand: {C: {relief: 2}, D: {relief: 4}}, closed: [B-D]}
        """);

    public static Scenario Load(string text, string name = "plan.yaml")
    {
        var result = ScenarioLoader.LoadFromText(text, name);
        Assert.True(result.Succeeded, result.ErrorReport);
        return result.Scenario!;
    }

    public static Scenario Shipped(string file)
    {
        var result = ScenarioLoader.Load(RepoFiles.Scenario(file));
        Assert.True(result.Succeeded, result.ErrorReport);
        return result.Scenario!;
    }
}
