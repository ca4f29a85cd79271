// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Strategies;
using LogisticsSim.Optimization.Planning;

namespace LogisticsSim.Optimization.Tests.Planning;

/// <summary>
/// The planning model with transfers and storage limits, on an instance small enough to solve by hand. District D
/// is reachable only by helicopter from airport T (1 h); port P reaches T by road (1 h). Both are candidate hubs
/// (size 100 t for 1); stock costs 1 a tonne, a truck or a helicopter 1, an unmet tonne 100. D needs 10 t in a
/// 10 h window. A 4 t vehicle on a 1 h link makes a 2 h cycle: 20 t in the window, more than enough.
/// </summary>
public sealed class TransferPlanningTests
{
    private static readonly PlanningOptions Exact = PlanningOptions.Default with { RelativeGap = 0 };

    private static string Instance(string airport) => """
        scenario: {name: transfer-plan}
        horizon: 10h
        network:
          nodes:
            - {id: P, kind: port, lat: 0, lon: 0}
            - {id: T, kind: airport, lat: 0, lon: 0.1AIRPORT_KEYS}
            - {id: D, kind: district, lat: 0.1, lon: 0.1, population: 1}
          links:
            - {from: P, to: T, mode: road, time: 1h}
            - {from: T, to: D, mode: air, time: 1h}
        items:
          - {id: relief, t_per_m3: 1}
        fleet:
          - {id: truck, mode: road, count: 1, base: P, payload_t: 4, kmh: 40}
          - {id: heli, mode: air, count: 1, base: T, payload_t: 4, kmh: 200}
        planning:
          window: 10h
          budget: 1000
          items:
            - {item: relief, cost_per_t: 1, unmet_penalty_per_t: 100}
          sizes:
            - {name: s, capacity_t: 100, cost: 1}
          hubs:
            - {node: P}
            - {node: T}
          vehicles:
            - {fleet: truck, cost: 1, max: 1}
            - {fleet: heli, cost: 1, max: 1}
          scenarios:
            - {id: only, probability: 1, demand: {D: {relief: 10}}}
        """.Replace("AIRPORT_KEYS", airport, StringComparison.Ordinal);

    private static Plan Solve(string airport) => CapacityPlanner.Solve(PlanningInstances.Load(Instance(airport)), Exact);

    /// <summary>
    /// T stores 2 t, so stock at T meets at most 2 t; the rest must be trucked from P and flown on. Open P and T (2),
    /// a truck and a helicopter (2), 10 t of stock (10): 14 with nothing unmet. Waiting 1 h of 10 at T, 10 t take
    /// 1 t of T's space on average, which fits beside up to 1 t of stock. Without transfers only T's 2 t reach D:
    /// 1 + 1 + 2 + 8 x 100 = 804. Without the limit, 10 t at T and the helicopter alone: 1 + 1 + 10 = 12.
    /// </summary>
    [Fact]
    public void TheOptimum_NeedsATransfer_WhenTheAirportStoresTooLittle()
    {
        var plan = Solve(", storage_t: 2, transfer_h: 1");
        Assert.Equal("optimal", plan.Status);
        Assert.Equal(14, plan.Objective, 6);
        Assert.Equal(1, plan.Expected.FillRate, 6);
        Assert.True(plan.Stock.Where(s => s.Hub == "T").Sum(s => s.Tonnes) <= 2 + 1e-6);
        var via = plan.Scenarios[0].Flows.Where(f => f.Via == "T").ToArray();
        Assert.NotEmpty(via);
        Assert.All(via, f => Assert.Equal(("P", "D", "truck", "heli"), (f.Hub, f.To, f.Fleet, f.ViaFleet)));
        Assert.True(via.Sum(f => f.Tonnes) >= 8 - 1e-6);

        Assert.Equal(804, Solve(", storage_t: 2").Objective, 6); // no transfer node: the storage limit binds alone
        Assert.Equal(12, Solve(", transfer_h: 1").Objective, 6); // no storage limit: stock at the airport is cheapest
    }

    /// <summary>
    /// With 5 h at T, each tonne through T takes half a tonne of its 2 t on average: through-flow f and stock s at T
    /// obey s + f / 2 &lt;= 2, so s + f &lt;= 4 - s, at most 4 t with s = 0. Open P and T (2), both vehicles (2), 4 t at P
    /// (4), 6 t unmet (600): 608, beside 804 for T's 2 t alone.
    /// </summary>
    [Fact]
    public void CargoWaitingAtTheTransferNode_TakesItsStorage()
    {
        var plan = Solve(", storage_t: 2, transfer_h: 5");
        Assert.Equal("optimal", plan.Status);
        Assert.Equal(608, plan.Objective, 6);
        Assert.Equal(0.4, plan.Expected.FillRate, 6);
        Assert.Equal(4, plan.Scenarios[0].Flows.Where(f => f.Via == "T").Sum(f => f.Tonnes), 6);
    }

    /// <summary>The simulation check carries the plan's flow as chains: by truck to T, then by the helicopters the plan put there.</summary>
    [Fact]
    public void TheSimulationCheck_CarriesThePlannedTransfers()
    {
        var scenario = PlanningInstances.Load(Instance(", storage_t: 2, transfer_h: 1"));
        var plan = CapacityPlanner.Solve(scenario, Exact);
        var sim = PlanCheck.Simulation(scenario, plan, scenario.Planning!.Scenarios[0]);
        Assert.NotNull(sim);
        Assert.Contains(sim.Fleet, v => v.Id.Value == "heli@T" && v.Count == 1);
        var check = PlanCheck.Run(scenario, plan, () => new PriorityStrategy(), replications: 2, parallelism: 1);
        Assert.True(check.Scenarios[0].SimulatedFill.Mean >= 0.5, $"simulated fill {check.Scenarios[0].SimulatedFill.Mean}");
    }
}
