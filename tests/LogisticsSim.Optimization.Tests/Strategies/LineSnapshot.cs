// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;

namespace LogisticsSim.Optimization.Tests.Strategies;

/// <summary>
/// A hand-made snapshot: nodes on a line, one hour apart by road and <see cref="KmPerStep"/> (50) km, water only where
/// <see cref="WaterTo"/> says, handling only at the nodes <see cref="HandlingRates"/> names, unlimited stock. Small enough to price by hand.
/// </summary>
internal sealed class LineSnapshot : ISnapshot
{
    public SimTime Now { get; init; } = SimTime.FromHours(100);
    public SimTime Horizon { get; init; } = SimTime.FromHours(1000);
    public ObjectiveWeights Objective { get; init; } = ObjectiveWeights.Default;
    public IReadOnlyList<OpenRequest> Requests { get; init; } = [];
    public IReadOnlyList<VehicleView> Vehicles { get; init; } = [];
    public IReadOnlyList<NodeId> Nodes { get; init; } = [new("A"), new("B"), new("C"), new("D")];
    public int NetworkVersion => 0;

    /// <summary>Nodes that boats reach (from any node), or none.</summary>
    public IReadOnlySet<NodeId> WaterTo { get; init; } = new HashSet<NodeId>();

    public double AvailableStock(NodeId node, ItemId item) => double.PositiveInfinity;

    public double TravelHours(VehicleType type, NodeId from, NodeId to)
    {
        if (from == to) return 0;
        if (type.Mode == TransportMode.Water && !WaterTo.Contains(to)) return double.PositiveInfinity;
        return Math.Abs(Index(from) - Index(to));
    }

    /// <summary>Km between neighbouring nodes (one hour apart).</summary>
    public double KmPerStep { get; init; } = 50;

    public double TravelKm(VehicleType type, NodeId from, NodeId to) => KmPerStep * TravelHours(type, from, to);

    /// <summary>Tonnes per hour a node handles, one vehicle at a time; nodes not named take no handling time.</summary>
    public IReadOnlyDictionary<NodeId, double> HandlingRates { get; init; } = new Dictionary<NodeId, double>();

    public double HandlingHours(NodeId node, double tonnes) => HandlingRates.TryGetValue(node, out double rate) ? tonnes / rate : 0;

    private int Index(NodeId n) => Nodes.ToList().IndexOf(n);

    public static VehicleType Type(string id, double payload, TransportMode mode = TransportMode.Road, double loadHours = 0, double costPerKm = 1) =>
        new(new VehicleTypeId(id), null, mode, 1, new NodeId("A"), payload, null, 50, SimTime.FromHours(loadHours), SimTime.FromHours(loadHours), costPerKm, 0);

    public VehicleView Vehicle(string id, VehicleType type, int typeIndex, string at, double freeInHours = 0) =>
        new(id, type, typeIndex, new NodeId(at), Now + SimTime.FromHours(freeInHours), freeInHours <= 0, false);

    public OpenRequest Request(string id, string from, string to, double tonnes, double dueInHours, int priority = 1, long sequence = 0) =>
        new(id, new ItemId("food"), new NodeId(from), new NodeId(to), tonnes, 0, Now - SimTime.FromHours(1), (dueInHours >= 0 ? Now + SimTime.FromHours(dueInHours) : Now - SimTime.FromHours(-dueInHours)), priority, sequence);
}
