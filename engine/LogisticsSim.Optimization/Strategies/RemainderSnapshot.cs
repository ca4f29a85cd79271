// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;

namespace LogisticsSim.Optimization.Strategies;

/// <summary>A snapshot with what this epoch's dispatches left: requests cut to their unclaimed tonnes, the vehicles sent marked busy.</summary>
internal sealed class RemainderSnapshot(ISnapshot inner, TripLedger ledger, IReadOnlySet<string> busyVehicles) : ISnapshot
{
    public SimTime Now => inner.Now;
    public SimTime Horizon => inner.Horizon;
    public Core.Kpis.ObjectiveWeights Objective => inner.Objective;
    public IReadOnlyList<OpenRequest> Requests { get; } = inner.Requests.Select(r => r with { Tonnes = ledger.Open(r.Id) }).Where(r => r.Tonnes > Tonnage.Epsilon).ToArray();
    public IReadOnlyList<VehicleView> Vehicles { get; } = inner.Vehicles.Select(v => busyVehicles.Contains(v.Id) ? v with { IsAvailable = false } : v).ToArray();
    public IReadOnlyList<NodeId> Nodes => inner.Nodes;
    public int NetworkVersion => inner.NetworkVersion;
    public double AvailableStock(NodeId node, ItemId item) => ledger.Stock(node, item);
    public double TravelHours(VehicleType type, NodeId from, NodeId to) => inner.TravelHours(type, from, to);
    public double TravelKm(VehicleType type, NodeId from, NodeId to) => inner.TravelKm(type, from, to);
    public double HandlingHours(NodeId node, double tonnes) => inner.HandlingHours(node, tonnes);
}
