// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;

namespace LogisticsSim.Optimization.Strategies;

/// <summary>A snapshot without the requests and vehicles that a stored plan already has work for.</summary>
internal sealed class RemainderSnapshot(ISnapshot inner, IReadOnlySet<string> plannedRequests, IReadOnlySet<string> busyVehicles) : ISnapshot
{
    public SimTime Now => inner.Now;
    public IReadOnlyList<OpenRequest> Requests { get; } = inner.Requests.Where(r => !plannedRequests.Contains(r.Id)).ToArray();
    public IReadOnlyList<VehicleView> Vehicles { get; } = inner.Vehicles.Select(v => busyVehicles.Contains(v.Id) ? v with { IsAvailable = false } : v).ToArray();
    public IReadOnlyList<NodeId> Nodes => inner.Nodes;
    public int NetworkVersion => inner.NetworkVersion;
    public double AvailableStock(NodeId node, ItemId item) => inner.AvailableStock(node, item);
    public double TravelHours(VehicleType type, NodeId from, NodeId to) => inner.TravelHours(type, from, to);
    public double TravelKm(VehicleType type, NodeId from, NodeId to) => inner.TravelKm(type, from, to);
    public double HandlingHours(NodeId node, double tonnes) => inner.HandlingHours(node, tonnes);
}
