using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Tests.Strategies;

/// <summary>
/// A hand-made snapshot: hours between nodes from a table, unlimited stock unless set. With <see cref="TellsReach"/>, it
/// also names the free vehicles near a node and the routes within their reach, as the model does, each with some that
/// cannot (the contract asks only that none that can be left out).
/// </summary>
internal sealed class FakeSnapshot : ISnapshot
{
    private readonly Dictionary<string, IReadOnlyList<VehicleView>> _near = new(StringComparer.Ordinal);

    public SimTime Now { get; init; }
    public IReadOnlyList<OpenRequest> Requests { get; init; } = [];
    public IReadOnlyList<VehicleView> Vehicles { get; init; } = [];
    public IReadOnlyList<NodeId> Nodes { get; init; } = [];
    public int NetworkVersion { get; init; }
    public Dictionary<(string From, string To), double> Hours { get; } = [];

    /// <summary>Hours between every two of <paramref name="nodes"/>, from a table row by row (origin, then destination); 0: no path.</summary>
    public FakeSnapshot WithHours(IReadOnlyList<string> nodes, IReadOnlyList<int> table)
    {
        for (int a = 0; a < nodes.Count; a++)
        {
            for (int b = 0; b < nodes.Count; b++)
            {
                if (a != b && table[a * nodes.Count + b] > 0) Hours[(nodes[a], nodes[b])] = table[a * nodes.Count + b];
            }
        }
        return this;
    }
    public Dictionary<(string Node, string Item), double> Stock { get; } = [];

    /// <summary>Whether it names the vehicles near a node and the routes within reach (else the interface's defaults: all of them).</summary>
    public bool TellsReach { get; init; }

    public IReadOnlyList<VehicleView>? FreeVehiclesNear(NodeId node)
    {
        if (!TellsReach) return null;
        // Those that can reach the node, and every third free vehicle besides; nodes with the same vehicles share the list.
        var free = Vehicles.Where(v => v.IsAvailable).ToList();
        var near = free.Where((v, i) => i % 3 == 0 || !double.IsPositiveInfinity(TravelHours(v.Type, v.Location, node))).ToArray();
        string key = string.Join(",", near.Select(v => v.Id));
        if (!_near.TryGetValue(key, out var shared)) _near[key] = shared = near;
        return shared;
    }

    public IEnumerable<(NodeId From, NodeId To)> RoutesWithinReach
    {
        get
        {
            if (!TellsReach) return ((ISnapshot)this).Routes;
            // Those whose origin a free vehicle can reach, and every other route besides.
            return ((ISnapshot)this).Routes.Where((r, i) => i % 2 == 0 ||
                Vehicles.Any(v => v.IsAvailable && !double.IsPositiveInfinity(TravelHours(v.Type, v.Location, r.From))));
        }
    }

    public double AvailableStock(NodeId node, ItemId item) => Stock.TryGetValue((node.Value, item.Value), out double t) ? t : double.PositiveInfinity;

    public double TravelHours(VehicleType type, NodeId from, NodeId to) =>
        from == to ? 0 : Hours.TryGetValue((from.Value, to.Value), out double h) ? h : double.PositiveInfinity;

    public double TravelKm(VehicleType type, NodeId from, NodeId to) => TravelHours(type, from, to) * type.SpeedKmh;

    public double HandlingHours(NodeId node, double tonnes) => 0;

    public static VehicleType Truck(double payload = 10, double? volume = null) =>
        new(new VehicleTypeId("truck"), null, TransportMode.Road, 1, new NodeId("A"), payload, volume, 50, SimTime.Zero, SimTime.Zero, 1, 0);

    public static VehicleView Vehicle(string id, string at, double payload = 10, double? volume = null, double availableInHours = 0) =>
        new(id, Truck(payload, volume), 0, new NodeId(at), SimTime.FromHours(availableInHours), true, false);

    public static OpenRequest Request(string id, double tonnes, int priority = 1, double readyH = 0, double dueH = 48,
        string from = "A", string to = "B", double m3PerTonne = 1, long sequence = 0) =>
        new(id, new ItemId("food"), new NodeId(from), new NodeId(to), tonnes, m3PerTonne, SimTime.FromHours(readyH), SimTime.FromHours(dueH), priority, sequence);
}
