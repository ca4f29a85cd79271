// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;

namespace LogisticsSim.Optimization.Strategies;

/// <summary>
/// The expected queue at nodes with a handling rate, from the strategy's own dispatches. Such a node loads and
/// unloads one vehicle at a time, first come first served, so a vehicle sent there waits for the handling of every
/// vehicle sent before it that arrives first. The snapshot shows the rate but not the queue: each dispatch sent
/// records, at the expected time it reaches each such node, the tonnes it handles there, and a visit is forgotten
/// once its vehicle is free again. Times are recomputed at the node's current rate (a hazard that ends shortens the
/// queue). What the strategy does not send (supply unloading at an entry node) is not in it, so the queue is a lower
/// bound.
/// </summary>
internal sealed class HandlingQueues
{
    private sealed record Visit(string Vehicle, SimTime Arrive, double Tonnes, long Order);

    private readonly Dictionary<NodeId, List<Visit>> _visits = [];
    private long _order;

    /// <summary>
    /// The nodes whose queue a vehicle waits for (<see cref="StartAt"/>, <see cref="Hours"/>); every node when null.
    /// Visits are recorded at every node with a rate whatever this says, so that a node's backlog is known when it counts.
    /// </summary>
    public IReadOnlySet<NodeId>? Counted { get; set; }

    /// <summary>Forgets the visits of vehicles free at <paramref name="s"/>'s time: their dispatch is over.</summary>
    public void Update(ISnapshot s)
    {
        if (_visits.Count == 0) return;
        var free = s.Vehicles.Where(v => v.IsAvailable).Select(v => v.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var list in _visits.Values) list.RemoveAll(v => free.Contains(v.Vehicle));
    }

    /// <summary>
    /// When a vehicle reaching <paramref name="node"/> at <paramref name="arrive"/> may start its handling there: after
    /// every recorded visit that arrives no later, handled one at a time at the node's rate now. Never before it
    /// arrives; +inf when the node handles nothing now.
    /// </summary>
    public SimTime StartAt(ISnapshot s, NodeId node, SimTime arrive)
    {
        if (Counted is { } counted && !counted.Contains(node)) return arrive;
        double perTonne = s.HandlingHours(node, 1);
        if (!(perTonne > 0)) return arrive;
        if (!double.IsFinite(perTonne)) return SimTime.MaxValue;
        return End(node, perTonne, arrive) is { } free && free > arrive ? free : arrive;
    }

    /// <summary>Hours from now until every recorded visit to <paramref name="node"/> is expected to be handled (0 when none is pending).</summary>
    public double BacklogHours(ISnapshot s, NodeId node)
    {
        double perTonne = s.HandlingHours(node, 1);
        if (!(perTonne > 0) || End(node, perTonne, null) is not { } done) return 0;
        if (!double.IsFinite(perTonne)) return double.PositiveInfinity;
        return done <= s.Now ? 0 : (done - s.Now).Hours;
    }

    /// <summary>When the handling of the visits arriving no later than <paramref name="until"/> (all when null) ends; null when there is none.</summary>
    private SimTime? End(NodeId node, double perTonne, SimTime? until)
    {
        if (!_visits.TryGetValue(node, out var list) || list.Count == 0) return null;
        SimTime? free = null;
        foreach (var v in list.Where(v => until is not { } u || v.Arrive <= u).OrderBy(v => v.Arrive).ThenBy(v => v.Order))
        {
            free = (free is { } f ? SimTime.Max(f, v.Arrive) : v.Arrive) + SimTime.FromHours(v.Tonnes * perTonne);
        }
        return free;
    }

    /// <summary>
    /// Hours from the vehicle's start until the end of <paramref name="stops"/>: travel, each stop's waiting and handling
    /// at the node, and the vehicle's own loading and unloading times. Records the visits when <paramref name="record"/>.
    /// </summary>
    public double Hours(ISnapshot s, VehicleView vehicle, SimTime start, IEnumerable<Stop> stops, bool record, Action<Stop, double>? atStop = null)
    {
        var type = vehicle.Type;
        var node = vehicle.Location;
        double hours = 0;
        foreach (var stop in stops)
        {
            if (stop.Node != node) hours += s.TravelHours(type, node, stop.Node);
            node = stop.Node;
            if (!double.IsFinite(hours)) return double.PositiveInfinity;
            double unload = stop.Unload.Sum(p => p.Tonnes), load = stop.Load.Sum(p => p.Tonnes);
            // The wait is added on its own, so that without a queue the sums are Unqueued's to the last bit.
            if (unload > 0)
            {
                hours += Wait(s, vehicle, node, start, hours, unload, record);
                hours += s.HandlingHours(node, unload) + type.UnloadTime.Hours;
            }
            atStop?.Invoke(stop, hours);
            if (load > 0)
            {
                hours += Wait(s, vehicle, node, start, hours, load, record);
                hours += s.HandlingHours(node, load) + type.LoadTime.Hours;
            }
            if (!double.IsFinite(hours)) return double.PositiveInfinity;
        }
        return hours;
    }

    /// <summary>
    /// Hours of <paramref name="stops"/> from where <paramref name="vehicle"/> is, as if no other vehicle were at any
    /// node: travel, handling and the vehicle's own times (the strategy's times without <see cref="OrToolsStrategyOptions.Queues"/>).
    /// </summary>
    public static double Unqueued(ISnapshot s, VehicleView vehicle, IEnumerable<Stop> stops, Action<Stop, double>? atStop = null)
    {
        var type = vehicle.Type;
        var node = vehicle.Location;
        double hours = 0;
        foreach (var stop in stops)
        {
            if (stop.Node != node) hours += s.TravelHours(type, node, stop.Node);
            node = stop.Node;
            double unload = stop.Unload.Sum(p => p.Tonnes), load = stop.Load.Sum(p => p.Tonnes);
            if (unload > 0) hours += s.HandlingHours(node, unload) + type.UnloadTime.Hours;
            if (!double.IsFinite(hours)) return double.PositiveInfinity;
            atStop?.Invoke(stop, hours);
            if (load > 0) hours += s.HandlingHours(node, load) + type.LoadTime.Hours;
        }
        return hours;
    }

    /// <summary>Hours a vehicle reaching the node <paramref name="hours"/> after <paramref name="start"/> waits for its queue (recording its visit).</summary>
    private double Wait(ISnapshot s, VehicleView vehicle, NodeId node, SimTime start, double hours, double tonnes, bool record)
    {
        double handling = s.HandlingHours(node, tonnes);
        if (handling == 0) return 0;
        if (!double.IsFinite(handling) || !double.IsFinite(hours)) return double.PositiveInfinity;
        var arrive = start + SimTime.FromHours(hours);
        var begin = StartAt(s, node, arrive);
        if (begin == SimTime.MaxValue) return double.PositiveInfinity;
        if (record)
        {
            if (!_visits.TryGetValue(node, out var list)) _visits[node] = list = [];
            list.Add(new Visit(vehicle.Id, arrive, tonnes, _order++));
        }
        return begin > arrive ? (begin - arrive).Hours : 0;
    }
}
