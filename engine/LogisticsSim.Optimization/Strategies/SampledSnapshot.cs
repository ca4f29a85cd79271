// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;

namespace LogisticsSim.Optimization.Strategies;

/// <summary>A snapshot with a sampled future's requests added to the open ones (they may only be loaded from their ready time).</summary>
internal sealed class SampledSnapshot(ISnapshot inner, IReadOnlyList<OpenRequest> future) : ISnapshot
{
    public SimTime Now => inner.Now;
    public SimTime Horizon => inner.Horizon;
    public Core.Kpis.ObjectiveWeights Objective => inner.Objective;
    public IReadOnlyList<OpenRequest> Requests { get; } = [.. inner.Requests, .. future];
    public IReadOnlyList<VehicleView> Vehicles => inner.Vehicles;
    public IReadOnlyList<NodeId> Nodes => inner.Nodes;
    public int NetworkVersion => inner.NetworkVersion;
    public double AvailableStock(NodeId node, ItemId item) => inner.AvailableStock(node, item);
    public double TravelHours(VehicleType type, NodeId from, NodeId to) => inner.TravelHours(type, from, to);
    public double TravelKm(VehicleType type, NodeId from, NodeId to) => inner.TravelKm(type, from, to);
    public double HandlingHours(NodeId node, double tonnes) => inner.HandlingHours(node, tonnes);
}
