// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Kpis;

namespace LogisticsSim.Core.Response;

/// <summary>What the model hands over at the horizon: the records the KPIs are computed from, and the rows of requests.csv.</summary>
public sealed partial class ResponseModel
{
    private ReplicationRecords Records() => new(
        Now,
        _requests.Select(r => new RequestOutcome(r.To.Value, r.Priority, r.Tonnes, r.Delivered, r.DeliveredOnTime, r.IsFullyDelivered,
            r.Ready, r.Due, r.Dispatched, r.LastDelivered, r.Deliveries, r.IsNeed, r.People)).ToArray(),
        _vehicles.Select(v => new VehicleUse(v.Type, v.KmTravelled, v.HoursMoving)).ToArray(),
        new SortedDictionary<string, double>(_busyByMode.ToDictionary(kv => kv.Key, kv => kv.Value.TimeAverage), StringComparer.Ordinal),
        _unitsByMode,
        new SortedDictionary<string, double>(_stored.ToDictionary(kv => kv.Key, kv => kv.Value.Maximum), StringComparer.Ordinal),
        Events,
        StrategyFallbacks,
        _dispatchedTonnes,
        _strategy.PlannedTonnes,
        _scenario.Objective)
    {
        StockoutHours = StockoutHours(),
        StorageBlockedHours = StorageBlockedHours(),
        StorageRefused = _scenario.Demand.Storage.Count > 0 ? _storageRefused + _storageWaiting.Count : null,
        StorageDelayed = _scenario.Demand.Storage.Count > 0 ? _storageDelayed : null,
        Transfers = _router is null ? null : _transfers,
        TonnesByMode = _router is null ? null : _tonnesByMode,
    };

    private IReadOnlyList<RequestRecord> RequestRecords() => _requests.Select(r => new RequestRecord(
        Replication, r.Id, r.Partner ?? "", r.Item.Value, r.Tonnes, r.Delivered, r.From.Value, r.To.Value, r.Priority,
        r.Ready.Hours, r.Due.Hours, r.Dispatched?.Hours, r.IsFullyDelivered ? r.LastDelivered?.Hours : null, Status(r))).ToArray();

    private static string Status(RequestState r) =>
        r.IsFullyDelivered ? "delivered"
        : r.Dropped > Tonnage.Epsilon && r.Delivered + r.InTransit + r.Claimed + r.Unassigned <= Tonnage.Epsilon ? "dropped"
        : r.Delivered > Tonnage.Epsilon ? "partial"
        : r.InTransit > Tonnage.Epsilon ? "in_transit"
        : r.Dropped > Tonnage.Epsilon && r.Unassigned + r.Claimed <= Tonnage.Epsilon ? "dropped"
        : "waiting";
}
