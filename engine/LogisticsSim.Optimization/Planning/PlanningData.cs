// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Planning;
using LogisticsSim.Core.Scenarios;

namespace LogisticsSim.Optimization.Planning;

/// <summary>
/// The planning section turned into indexed numbers: items, hubs, vehicle types, and per hazard scenario
/// its needs and every way a hub can serve a node in time (a <see cref="Route"/>).
/// </summary>
internal sealed class PlanningData
{
    public required PlanningSpec Spec { get; init; }
    public required PlanningItem[] Items { get; init; }
    public required double[] TonnesPerM3 { get; init; }
    public required CandidateHub[] Hubs { get; init; }
    public required PlanningVehicle[] VehicleCosts { get; init; }
    public required VehicleType[] VehicleTypes { get; init; }
    public required ScenarioData[] Scenarios { get; init; }
    public double WindowHours => Spec.Window.Hours;

    /// <summary>Most tonnes of any item any scenario needs: stock beyond it never helps, so it bounds hub capacity.</summary>
    public required double MaxTonnes { get; init; }

    public static PlanningData Build(Scenario scenario, PlanningSpec spec)
    {
        var items = spec.Items.ToArray();
        var itemIndex = new Dictionary<ItemId, int>();
        for (int i = 0; i < items.Length; i++) itemIndex[items[i].Item] = i;
        var hubs = spec.Hubs.ToArray();
        var vehicles = spec.Vehicles.ToArray();
        var types = vehicles.Select(v => scenario.GetVehicleType(v.Fleet)).ToArray();
        var densities = items.Select(i => scenario.GetItem(i.Item).TonnesPerM3).ToArray();
        double window = spec.Window.Hours;

        var scenarios = new ScenarioData[spec.Scenarios.Count];
        for (int s = 0; s < scenarios.Length; s++)
        {
            var hazard = spec.Scenarios[s];
            var network = new ScenarioNetwork(scenario.Network, hazard);
            var nodes = hazard.Demand.Select(d => d.At).Distinct().ToArray();
            var demand = new double[nodes.Length, items.Length];
            for (int j = 0; j < nodes.Length; j++)
            {
                foreach (var need in hazard.Demand.Where(d => d.At == nodes[j])) demand[j, itemIndex[need.Item]] += need.Tonnes;
            }
            var routes = new List<Route>();
            for (int h = 0; h < hubs.Length; h++)
            {
                for (int j = 0; j < nodes.Length; j++)
                {
                    if (hubs[h].Node == nodes[j])
                    {
                        routes.Add(new Route(h, j, -1, new double[items.Length], new double[items.Length]));
                        continue;
                    }
                    for (int v = 0; v < types.Length; v++)
                    {
                        if (Trip(scenario, network, types[v], hubs[h].Node, nodes[j], densities, window) is { } trip) routes.Add(trip with { Hub = h, Node = j, Vehicle = v });
                    }
                }
            }
            scenarios[s] = new ScenarioData(hazard, nodes, demand, hubs.Select(h => hazard.SurvivingShare(h.Node)).ToArray(), routes.ToArray());
        }
        double maxTonnes = scenarios.Select(s => s.TotalDemand).DefaultIfEmpty(0).Max();
        return new PlanningData
        {
            Spec = spec, Items = items, TonnesPerM3 = densities, Hubs = hubs, VehicleCosts = vehicles, VehicleTypes = types,
            Scenarios = scenarios, MaxTonnes = maxTonnes,
        };
    }

    /// <summary>
    /// A vehicle's trips from hub to node: null when the node cannot be reached, or a first delivery would land
    /// after the window. A cycle is load, drive, unload, drive back (one way only when there is no way back: then
    /// a vehicle makes one trip in the window).
    /// </summary>
    private static Route? Trip(Scenario scenario, ScenarioNetwork network, VehicleType type, NodeId hub, NodeId node, double[] densities, double window)
    {
        double there = network.Hours(type, hub, node);
        if (double.IsPositiveInfinity(there)) return null;
        double back = network.Hours(type, node, hub);
        double kmThere = network.Km(type, hub, node);
        double kmBack = double.IsPositiveInfinity(back) ? 0 : network.Km(type, node, hub);
        var hoursPerTonne = new double[densities.Length];
        var costPerTonne = new double[densities.Length];
        for (int i = 0; i < densities.Length; i++)
        {
            double payload = type.VolumeM3 is { } m3 ? Math.Min(type.PayloadTonnes, m3 * densities[i]) : type.PayloadTonnes;
            double handling = type.LoadTime.Hours + type.UnloadTime.Hours
                + HandlingHours(scenario, hub, payload) + HandlingHours(scenario, node, payload);
            if (handling + there > window) return null;
            double cycle = double.IsPositiveInfinity(back) ? window : handling + there + back;
            hoursPerTonne[i] = cycle / payload;
            costPerTonne[i] = ((kmThere + kmBack) * type.CostPerKm + (handling + there + (double.IsPositiveInfinity(back) ? 0 : back)) * type.CostPerHour) / payload;
        }
        return new Route(0, 0, 0, hoursPerTonne, costPerTonne);
    }

    private static double HandlingHours(Scenario scenario, NodeId node, double tonnes) =>
        scenario.Network.GetNode(node).HandlingTonnesPerHour is { } rate and > 0 ? tonnes / rate : 0;
}

/// <summary>One hazard scenario as numbers: needs per node (row) and item (column), and the routes that can serve them.</summary>
internal sealed record ScenarioData(HazardScenario Hazard, NodeId[] Nodes, double[,] Demand, double[] Surviving, Route[] Routes)
{
    public double TotalDemand
    {
        get
        {
            double total = 0;
            foreach (double d in Demand) total += d;
            return total;
        }
    }
}

/// <summary>
/// A way hub <see cref="Hub"/> can serve node <see cref="Node"/>: by fleet entry <see cref="Vehicle"/> (-1: the
/// stock is already there) taking <see cref="HoursPerTonne"/> vehicle-hours and <see cref="CostPerTonne"/> per tonne of each item.
/// </summary>
internal sealed record Route(int Hub, int Node, int Vehicle, double[] HoursPerTonne, double[] CostPerTonne);
