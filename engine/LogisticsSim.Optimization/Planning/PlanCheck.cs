// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Experiments;
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Hazards;
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Planning;
using LogisticsSim.Core.Response;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;
using LogisticsSim.Kernel.Random;

namespace LogisticsSim.Optimization.Planning;

/// <summary>
/// Tests a plan by simulation: for each hazard scenario, the discrete-event model runs with the plan applied
/// (its stock at its hubs, its vehicles at their bases, the hazard's closed and slowed links and stock losses)
/// and the plan's flows as service requests due at the end of the window, dispatched by the scenario's strategy.
/// The fill rate it achieves beside the one the plan promised is the planning gap: how far to trust the
/// aggregate model.
/// </summary>
public static class PlanCheck
{
    /// <summary>Simulates every hazard scenario of <paramref name="scenario"/> under <paramref name="plan"/>.</summary>
    /// <param name="scenario">The scenario whose planning section the plan answers.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="strategy">Makes a fresh strategy per run.</param>
    /// <param name="replications">Runs per hazard scenario (travel times and breakdowns are random).</param>
    /// <param name="seed">Master seed; the scenario's when null.</param>
    /// <param name="parallelism">Threads at most; all cores when null.</param>
    /// <param name="cancel">Stops starting new runs.</param>
    public static PlanCheckResult Run(Scenario scenario, Plan plan, Func<IStrategy> strategy, int replications,
        long? seed = null, int? parallelism = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentOutOfRangeException.ThrowIfLessThan(replications, 1);
        var planning = scenario.Planning ?? throw new ArgumentException("the scenario has no planning section", nameof(scenario));
        var hazards = planning.Scenarios.ToDictionary(h => h.Id, StringComparer.Ordinal);
        var promises = plan.Scenarios;
        var simulations = promises.Select(p => Simulation(scenario, plan, hazards[p.Id])).ToArray();
        var delivered = new double[promises.Count, replications];
        var deprivation = new double[promises.Count, replications];
        var rations = planning.Items.ToDictionary(i => i.Item.Value, i => i.KgPerPersonDay, StringComparer.Ordinal);
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism ?? -1, CancellationToken = cancel };
        Parallel.For(0, promises.Count * replications, options, unit =>
        {
            int s = unit / replications, r = unit % replications;
            var promise = promises[s];
            var byItem = promise.Flows.Where(f => f.Fleet is null).GroupBy(f => f.Item).ToDictionary(g => g.Key, g => g.Sum(f => f.Tonnes), StringComparer.Ordinal);
            if (simulations[s] is { } sim)
            {
                var instance = strategy();
                try
                {
                    foreach (var record in new ResponseModel(sim, instance, r, seed).Run().Requests)
                    {
                        byItem[record.Item] = byItem.GetValueOrDefault(record.Item) + record.TonnesDelivered;
                    }
                }
                finally
                {
                    // An external policy program ends with its run, as in ReplicationRunner.
                    (instance as IDisposable)?.Dispose();
                }
            }
            delivered[s, r] = byItem.Values.Sum();
            var hazard = hazards[promise.Id];
            deprivation[s, r] = hazard.Demand.GroupBy(d => d.Item.Value)
                .Sum(g => rations[g.Key] is { } ration ? Math.Max(0, g.Sum(d => d.Tonnes) - byItem.GetValueOrDefault(g.Key)) * 1000 / ration : 0);
        });

        var checks = new List<ScenarioCheck>();
        for (int s = 0; s < promises.Count; s++)
        {
            var p = promises[s];
            var runs = Enumerable.Range(0, replications).Select(r => delivered[s, r]).ToArray();
            var fill = Interval.Of(runs.Select(d => p.DemandTonnes > 0 ? d / p.DemandTonnes : 1), KpiBounds.Share);
            checks.Add(new ScenarioCheck(p.Id, p.Probability, p.DemandTonnes, p.FillRate, fill, runs.Average(),
                p.DeprivationPersonDays, Enumerable.Range(0, replications).Average(r => deprivation[s, r])));
        }
        // Replication r of every hazard scenario together is one draw of the ensemble's outcome: its interval over r.
        double demand = checks.Sum(c => c.Probability * c.DemandTonnes);
        var expectedFill = Interval.Of(Enumerable.Range(0, replications).Select(r =>
            demand > 0 ? Enumerable.Range(0, promises.Count).Sum(s => promises[s].Probability * delivered[s, r]) / demand : 1), KpiBounds.Share);
        return new PlanCheckResult(replications, seed ?? scenario.Seed, checks.AsReadOnly(), plan.Expected.FillRate,
            expectedFill, plan.Expected.DeprivationPersonDays, checks.Sum(c => c.Probability * c.SimulatedDeprivationPersonDays));
    }

    /// <summary>
    /// The simulation scenario of one hazard under the plan, or null when the plan moves nothing in it (all it
    /// promises is stock already at the node). Units of a fleet entry placed at hub H become the entry
    /// <c>fleet@H</c>; the plan's transported flows become one request per hub, node and item.
    /// </summary>
    public static Scenario? Simulation(Scenario scenario, Plan plan, HazardScenario hazard)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(hazard);
        var planning = scenario.Planning ?? throw new ArgumentException("the scenario has no planning section", nameof(scenario));
        var promise = plan.Scenarios.Single(p => p.Id == hazard.Id);
        var moved = promise.Flows.Where(f => f.Fleet is not null)
            .GroupBy(f => (f.Hub, f.To, f.Item))
            .Select(g => (g.Key.Hub, g.Key.To, g.Key.Item, Tonnes: g.Sum(f => f.Tonnes)))
            .ToList();
        if (moved.Count == 0 || plan.Vehicles.Count == 0) return null;

        var window = planning.Window;
        var fleet = plan.Vehicles.Select(v => scenario.GetVehicleType(new VehicleTypeId(v.Fleet)) with
        {
            Id = new VehicleTypeId($"{v.Fleet}@{v.Hub}"), Count = v.Count, Base = new NodeId(v.Hub),
        }).ToList();
        var breakdowns = scenario.Breakdowns.Where(b => b.Fleet is null).ToList();
        foreach (var vehicle in plan.Vehicles)
        {
            if (scenario.Breakdowns.FirstOrDefault(b => b.Fleet?.Value == vehicle.Fleet) is { } own)
            {
                breakdowns.Add(own with { Fleet = new VehicleTypeId($"{vehicle.Fleet}@{vehicle.Hub}") });
            }
        }
        var priority = planning.Items.ToDictionary(i => i.Item.Value, i => i.Priority, StringComparer.Ordinal);
        var requests = moved.Select(m => new ServiceRequestSpec($"{m.Hub}>{m.To}:{m.Item}", null, new ItemId(m.Item), m.Tonnes,
            scenario.GetItem(new ItemId(m.Item)).CubicMetresOf(m.Tonnes), new NodeId(m.Hub), new NodeId(m.To), SimTime.Zero, window,
            priority[m.Item])).ToList();
        var stock = plan.Stock.Select(s => new StockEntry(new NodeId(s.Hub), new ItemId(s.Item), s.Tonnes)).ToList();
        var always = new Constant(0);
        var hazards = new List<Hazard>();
        foreach (var link in hazard.Closed)
        {
            hazards.Add(new Hazard($"{link}-closed", link, null, new HazardEffect.Closed(), always, new Constant(window.Hours), 1));
        }
        foreach (var slowed in hazard.Slowed)
        {
            hazards.Add(new Hazard($"{slowed.Link}-slowed", slowed.Link, null, new HazardEffect.Slowed(slowed.Factor), always, new Constant(window.Hours), 1));
        }
        foreach (var hub in plan.Stock.Select(s => s.Hub).Distinct(StringComparer.Ordinal))
        {
            double survives = hazard.SurvivingShare(new NodeId(hub));
            if (survives < 1) hazards.Add(new Hazard($"{hub}-stock_loss", null, new NodeId(hub), new HazardEffect.StockLoss(1 - survives), always, always, 1));
        }
        return scenario with
        {
            Name = $"{scenario.Name}/{hazard.Id}",
            Horizon = window,
            Fleet = fleet.AsReadOnly(),
            Stock = stock.AsReadOnly(),
            Demand = new DemandSpec(requests.AsReadOnly(), [], []),
            Hazards = hazards.AsReadOnly(),
            Breakdowns = breakdowns.AsReadOnly(),
            Planning = null,
        };
    }
}
