// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;

namespace LogisticsSim.Optimization.Strategies;

/// <summary>
/// A snapshot that shows other requests (and, where a subclass says, other vehicles or stock) over an epoch's own:
/// time, network and handling are the epoch's. What derives from the requests (routes, their queues, free vehicles)
/// is worked out from the overlay's own lists by the snapshot's defaults, never taken from the epoch's.
/// </summary>
internal abstract class SnapshotOverlay(ISnapshot inner) : ISnapshot
{
    public SimTime Now => inner.Now;
    public SimTime Horizon => inner.Horizon;
    public Core.Kpis.ObjectiveWeights Objective => inner.Objective;
    public abstract IReadOnlyList<OpenRequest> Requests { get; }
    public virtual IReadOnlyList<VehicleView> Vehicles => inner.Vehicles;
    public IReadOnlyList<NodeId> Nodes => inner.Nodes;
    public int NetworkVersion => inner.NetworkVersion;
    public virtual double AvailableStock(NodeId node, ItemId item) => inner.AvailableStock(node, item);
    public double TravelHours(VehicleType type, NodeId from, NodeId to) => inner.TravelHours(type, from, to);
    public double TravelKm(VehicleType type, NodeId from, NodeId to) => inner.TravelKm(type, from, to);
    public double HandlingHours(NodeId node, double tonnes) => inner.HandlingHours(node, tonnes);
}
