// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Kpis;

/// <summary>Turns what a replication left at its horizon into the KPIs of DESIGN.md.</summary>
internal static class KpiCalculator
{
    public static ReplicationKpis Compute(ReplicationRecords records)
    {
        var requests = records.Requests;
        var horizon = records.Horizon;
        double requested = requests.Sum(r => r.Tonnes);
        double delivered = requests.Sum(r => r.Delivered);
        var waits = requests.Where(r => r.Dispatched is not null).ToArray();
        var cost = Costs(records.Vehicles);
        return new ReplicationKpis
        {
            Objective = ObjectiveCalculator.Compute(requests, horizon, cost["total"], records.Objective),
            Requests = requests.Count,
            TonnesRequested = requested,
            TonnesDelivered = delivered,
            FillRate = requested > 0 ? delivered / requested : 1,
            OnTimeRate = requested > 0 ? requests.Sum(r => r.DeliveredOnTime) / requested : 1,
            WaitH = TimeStats.Of(waits.Select(r => (r.Dispatched!.Value - r.Ready).Hours).ToArray()),
            WaitHByPriority = new SortedDictionary<int, TimeStats>(waits.GroupBy(r => r.Priority)
                .ToDictionary(g => g.Key, g => TimeStats.Of(g.Select(r => (r.Dispatched!.Value - r.Ready).Hours).ToArray()))),
            LeadTimeH = TimeStats.Of(requests.Where(r => r.IsFullyDelivered).Select(r => (r.LastDelivered!.Value - r.Ready).Hours).ToArray()),
            UnmetT = Math.Max(0, requested - delivered),
            DeprivationPersonDays = requests.Where(r => r.IsNeed).Sum(r => Deprivation(r, horizon)),
            CoverageMin = CoverageMin(requests),
            FleetUtilization = new SortedDictionary<string, double>(records.BusyVehiclesByMode.ToDictionary(
                kv => kv.Key, kv => records.UnitsByMode[kv.Key] == 0 ? 0 : kv.Value / records.UnitsByMode[kv.Key]), StringComparer.Ordinal),
            StoragePeak = new SortedDictionary<string, double>(records.StoredPeakByNode.ToDictionary(), StringComparer.Ordinal),
            Cost = cost,
            Events = records.Events,
            StrategyFallbacks = records.StrategyFallbacks,
            DispatchedByPlan = Math.Min(records.PlannedTonnes, records.DispatchedTonnes),
            DispatchedByRule = Math.Max(0, records.DispatchedTonnes - records.PlannedTonnes),
            StockoutH = records.StockoutHours?.Values.Sum(),
            StockoutHByStock = records.StockoutHours is { } hours ? new SortedDictionary<string, double>(hours.ToDictionary(), StringComparer.Ordinal) : null,
            StorageBlockedH = records.StorageBlockedHours,
            StorageRefused = records.StorageRefused,
            StorageDelayed = records.StorageDelayed,
            Transfers = records.Transfers,
            TonnesByMode = records.TonnesByMode is { } byMode ? new SortedDictionary<string, double>(byMode.ToDictionary(), StringComparer.Ordinal) : null,
        };
    }

    /// <summary>
    /// People x days without their ration: each share of a need's tonnes counts from the due time
    /// until it arrived (or the horizon), times the people the need covers.
    /// </summary>
    private static double Deprivation(RequestOutcome r, SimTime horizon)
    {
        if (r.Tonnes <= 0) return 0;
        double lateDays = 0;
        foreach (var (time, tonnes) in r.Deliveries) lateDays += tonnes / r.Tonnes * Math.Max(0, (time - r.Due).Days);
        double undelivered = Math.Max(0, r.Tonnes - r.Delivered) / r.Tonnes;
        lateDays += undelivered * Math.Max(0, (horizon - r.Due).Days);
        return r.People * lateDays;
    }

    /// <summary>The lowest share of need tonnes delivered, over districts with needs (NaN without needs).</summary>
    private static double CoverageMin(IReadOnlyList<RequestOutcome> requests)
    {
        var byDistrict = requests.Where(r => r.IsNeed && r.Tonnes > 0).GroupBy(r => r.Destination).ToArray();
        return byDistrict.Length == 0 ? double.NaN : byDistrict.Min(g => g.Sum(r => r.Delivered) / g.Sum(r => r.Tonnes));
    }

    private static SortedDictionary<string, double> Costs(IReadOnlyList<VehicleUse> vehicles)
    {
        var cost = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var v in vehicles)
        {
            string mode = LinkId.ModeName(v.Type.Mode);
            cost[mode] = cost.GetValueOrDefault(mode) + v.KmTravelled * v.Type.CostPerKm + v.HoursMoving * v.Type.CostPerHour;
        }
        cost["total"] = cost.Values.Sum();
        return cost;
    }
}
