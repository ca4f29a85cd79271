// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Strategies;

namespace LogisticsSim.Optimization.Strategies;

/// <summary>A snapshot with what this epoch's dispatches left: requests cut to their unclaimed tonnes, the vehicles sent marked busy.</summary>
internal sealed class RemainderSnapshot(ISnapshot inner, TripLedger ledger, IReadOnlySet<string> busyVehicles) : SnapshotOverlay(inner)
{
    public override IReadOnlyList<OpenRequest> Requests { get; } = inner.Requests.Select(r => r with { Tonnes = ledger.Open(r.Id) }).Where(r => r.Tonnes > Tonnage.Epsilon).ToArray();
    public override IReadOnlyList<VehicleView> Vehicles { get; } = inner.Vehicles.Select(v => busyVehicles.Contains(v.Id) ? v with { IsAvailable = false } : v).ToArray();
    public override double AvailableStock(NodeId node, ItemId item) => ledger.Stock(node, item);
}
