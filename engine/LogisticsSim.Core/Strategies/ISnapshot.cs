// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Strategies;

/// <summary>
/// What a strategy may see of the response at a decision epoch: open requests, vehicles, stock and
/// the network as it is now. Read-only, and valid only during <see cref="IStrategy.Decide"/>.
/// </summary>
public interface ISnapshot
{
    /// <summary>The simulated time of the epoch.</summary>
    SimTime Now { get; }

    /// <summary>
    /// When the run ends: cargo not delivered by then counts as unmet, whatever its due time. The end of
    /// the clock for a snapshot made outside a run.
    /// </summary>
    SimTime Horizon => SimTime.MaxValue;

    /// <summary>The weights of the <c>objective</c> KPI the run is scored by (the scenario's <c>objective:</c> section).</summary>
    ObjectiveWeights Objective => ObjectiveWeights.Default;

    /// <summary>Ready requests with cargo not yet given to a vehicle, oldest ready first (then by id).</summary>
    IReadOnlyList<OpenRequest> Requests { get; }

    /// <summary>
    /// The routes (origin, destination) of the open requests, each once, in the order of their most urgent
    /// request. With <see cref="OnRoute"/>, lets a rule serve the most urgent requests first without sorting
    /// them all, read only the routes it gets to, and skip a route no free vehicle can serve; the model keeps
    /// both as requests come and go.
    /// </summary>
    IEnumerable<(NodeId From, NodeId To)> Routes => DispatchRule.MostUrgentFirst(Requests).Select(r => (r.From, r.To)).Distinct();

    /// <summary>
    /// The routes of <see cref="Routes"/> that a free vehicle might serve, in the same order: every route a free vehicle can
    /// serve now is among them. The model leaves out the routes whose origin no free vehicle can reach (those waiting for
    /// vehicles busy elsewhere), so that an epoch in a large response reads the routes around its free vehicles only.
    /// </summary>
    IEnumerable<(NodeId From, NodeId To)> RoutesWithinReach => Routes;

    /// <summary>The open requests of one route, most urgent first (<see cref="DispatchRule.Urgency(OpenRequest, OpenRequest)"/>).</summary>
    IEnumerable<OpenRequest> OnRoute(NodeId from, NodeId to) =>
        Requests.Where(r => r.From == from && r.To == to).Order(DispatchRule.MostUrgent);

    /// <summary>Every vehicle, in a fixed order (fleet order, then unit number).</summary>
    IReadOnlyList<VehicleView> Vehicles { get; }

    /// <summary>
    /// The vehicles free to be sent now (<see cref="VehicleView.IsAvailable"/>), in the order of <see cref="Vehicles"/>. The
    /// model keeps the vehicles without work apart, so a rule that sends only free vehicles need not walk the fleet.
    /// </summary>
    IReadOnlyList<VehicleView> FreeVehicles => Vehicles.Where(v => v.IsAvailable).ToArray();

    /// <summary>How many vehicles are free (<see cref="FreeVehicles"/>), without building their views.</summary>
    int FreeVehicleCount => FreeVehicles.Count;

    /// <summary>
    /// The free vehicles that might reach a node, in the order of <see cref="FreeVehicles"/>: every free vehicle that can
    /// reach it is among them. Nodes within reach of the same vehicles share one list (the same object), so a rule can
    /// group them once. Null where the snapshot does not tell: any free vehicle might.
    /// </summary>
    IReadOnlyList<VehicleView>? FreeVehiclesNear(NodeId node) => null;

    /// <summary>The network's nodes, in the scenario's order.</summary>
    IReadOnlyList<NodeId> Nodes { get; }

    /// <summary>Grows whenever a hazard changes the network: a cheap test for "replan now".</summary>
    int NetworkVersion { get; }

    /// <summary>Tonnes of an item at a node that no vehicle has claimed; +inf where the scenario keeps no stock of it there (the partner brings the cargo).</summary>
    double AvailableStock(NodeId node, ItemId item);

    /// <summary>Expected hours of the fastest open path for a vehicle type, or +inf when no open path exists now.</summary>
    double TravelHours(VehicleType type, NodeId from, NodeId to);

    /// <summary>Expected km of that path (0 when from equals to; +inf when there is none).</summary>
    double TravelKm(VehicleType type, NodeId from, NodeId to);

    /// <summary>Expected hours to load (or unload) this many tonnes at a node now, handling rate and hazards included, the vehicle's fixed time excluded.</summary>
    double HandlingHours(NodeId node, double tonnes);
}
