// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Planning;
using LogisticsSim.Core.Scenarios;

namespace LogisticsSim.Optimization.Planning;

/// <summary>
/// The planning section turned into indexed numbers: items, hubs, vehicle types, and per hazard scenario
/// its needs and every way a hub can serve a node in time (a <see cref="Route"/>): directly, or through a
/// transfer node (<c>transfer_h</c>) that is itself a candidate hub, where the second leg's vehicles stand
/// and the cargo changes mode, as the simulation carries it in a chain.
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

    /// <summary>The scenario's network as written (storage limits, transfer nodes).</summary>
    public required TransportNetwork Network { get; init; }
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
            routes.AddRange(Transfers(scenario, network, hubs, types, nodes, densities, window));
            scenarios[s] = new ScenarioData(hazard, nodes, demand, hubs.Select(h => hazard.SurvivingShare(h.Node)).ToArray(), routes.ToArray());
        }
        double maxTonnes = scenarios.Select(s => s.TotalDemand).DefaultIfEmpty(0).Max();
        return new PlanningData
        {
            Spec = spec, Items = items, TonnesPerM3 = densities, Hubs = hubs, VehicleCosts = vehicles, VehicleTypes = types,
            Scenarios = scenarios, MaxTonnes = maxTonnes, Network = scenario.Network,
        };
    }

    /// <summary>
    /// Routes through transfer nodes: from hub h by one fleet entry to a candidate hub t whose node allows
    /// transfers, then by a fleet entry of another mode standing at t on to a node, when the first delivery
    /// (both legs, with the node's transfer time between them) lands within the window. Each leg uses its own
    /// vehicles' hours; the cost is both legs'.
    /// </summary>
    private static IEnumerable<Route> Transfers(Scenario scenario, ScenarioNetwork network, CandidateHub[] hubs, VehicleType[] types, NodeId[] nodes,
        double[] densities, double window)
    {
        for (int t = 0; t < hubs.Length; t++)
        {
            if (scenario.Network.GetNode(hubs[t].Node).TransferHours is not { } transfer) continue;
            for (int h = 0; h < hubs.Length; h++)
            {
                if (h == t) continue;
                for (int v1 = 0; v1 < types.Length; v1++)
                {
                    if (Leg(scenario, network, types[v1], hubs[h].Node, hubs[t].Node, densities, window) is not { } first) continue;
                    for (int j = 0; j < nodes.Length; j++)
                    {
                        if (nodes[j] == hubs[t].Node || nodes[j] == hubs[h].Node) continue;
                        for (int v2 = 0; v2 < types.Length; v2++)
                        {
                            if (types[v2].Mode == types[v1].Mode) continue; // cargo changes mode at a transfer node, or it would not stop there
                            if (Leg(scenario, network, types[v2], hubs[t].Node, nodes[j], densities, window) is not { } second) continue;
                            if (Enumerable.Range(0, densities.Length).Any(i => first.Arrival[i] + transfer + second.Arrival[i] > window)) continue;
                            var cost = Enumerable.Range(0, densities.Length).Select(i => first.CostPerTonne[i] + second.CostPerTonne[i]).ToArray();
                            yield return new Route(h, j, v1, first.HoursPerTonne, cost)
                            {
                                Via = t, ViaVehicle = v2, ViaHoursPerTonne = second.HoursPerTonne, TransferHours = transfer,
                            };
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// A vehicle's trips from hub to node: null when the node cannot be reached, or a first delivery would land
    /// after the window. A cycle is load, drive, unload, drive back (one way only when there is no way back: then
    /// a vehicle makes one trip in the window).
    /// </summary>
    private static Route? Trip(Scenario scenario, ScenarioNetwork network, VehicleType type, NodeId hub, NodeId node, double[] densities, double window)
    {
        if (Leg(scenario, network, type, hub, node, densities, window) is not { } leg || leg.Arrival.Any(a => a > window)) return null;
        return new Route(0, 0, 0, leg.HoursPerTonne, leg.CostPerTonne);
    }

    /// <summary>
    /// One leg by one vehicle type, per item: hours from loading to the end of unloading of a first load, vehicle-hours
    /// per tonne (a full cycle over a payload) and cost per tonne; null when there is no path.
    /// </summary>
    private static (double[] Arrival, double[] HoursPerTonne, double[] CostPerTonne)? Leg(Scenario scenario, ScenarioNetwork network, VehicleType type,
        NodeId hub, NodeId node, double[] densities, double window)
    {
        double there = network.Hours(type, hub, node);
        if (double.IsPositiveInfinity(there)) return null;
        double back = network.Hours(type, node, hub);
        double kmThere = network.Km(type, hub, node);
        double kmBack = double.IsPositiveInfinity(back) ? 0 : network.Km(type, node, hub);
        var arrival = new double[densities.Length];
        var hoursPerTonne = new double[densities.Length];
        var costPerTonne = new double[densities.Length];
        for (int i = 0; i < densities.Length; i++)
        {
            double payload = type.VolumeM3 is { } m3 ? Math.Min(type.PayloadTonnes, m3 * densities[i]) : type.PayloadTonnes;
            double handling = type.LoadTime.Hours + type.UnloadTime.Hours
                + HandlingHours(scenario, hub, payload) + HandlingHours(scenario, node, payload);
            arrival[i] = handling + there;
            double cycle = double.IsPositiveInfinity(back) ? window : handling + there + back;
            hoursPerTonne[i] = cycle / payload;
            costPerTonne[i] = ((kmThere + kmBack) * type.CostPerKm + (handling + there + (double.IsPositiveInfinity(back) ? 0 : back)) * type.CostPerHour) / payload;
        }
        return (arrival, hoursPerTonne, costPerTonne);
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
internal sealed record Route(int Hub, int Node, int Vehicle, double[] HoursPerTonne, double[] CostPerTonne)
{
    /// <summary>The candidate hub at the transfer node the route goes through, or -1 for a direct route.</summary>
    public int Via { get; init; } = -1;

    /// <summary>The fleet entry of the second leg, whose units stand at <see cref="Via"/>.</summary>
    public int ViaVehicle { get; init; } = -1;

    /// <summary>The second leg's vehicle-hours per tonne of each item.</summary>
    public double[] ViaHoursPerTonne { get; init; } = [];

    /// <summary>Hours the cargo spends at the transfer node between its legs (the node's transfer_h).</summary>
    public double TransferHours { get; init; }
}
