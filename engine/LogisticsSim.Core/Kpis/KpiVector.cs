// SPDX-License-Identifier: Apache-2.0
using System.Globalization;

namespace LogisticsSim.Core.Kpis;

/// <summary>
/// A replication's KPIs flattened to (path, value) pairs in a fixed order, e.g.
/// ("fill_rate", 0.82), ("wait_h.by_priority.1.p95", 30.5), ("cost.total", 51200). Aggregation,
/// comparison and the JSON and CSV writers all work on this one shape.
/// </summary>
public static class KpiVector
{
    /// <summary>The KPIs of one replication as ordered (path, value) pairs; NaN where a KPI is undefined.</summary>
    public static IReadOnlyList<(string Path, double Value)> Of(ReplicationKpis k)
    {
        // The objective first: strategies are compared on it before anything else, and every table leads with it.
        var v = new List<(string, double)>
        {
            ("objective", k.Objective.Total),
            ("objective.lateness", k.Objective.Lateness),
            ("objective.unmet", k.Objective.Unmet),
            ("objective.deprivation", k.Objective.Deprivation),
            ("objective.operating", k.Objective.Operating),
            ("requests", k.Requests),
            ("tonnes_requested", k.TonnesRequested),
            ("tonnes_delivered", k.TonnesDelivered),
            ("fill_rate", k.FillRate),
            ("on_time_rate", k.OnTimeRate),
        };
        Add(v, "wait_h", k.WaitH);
        foreach (var (priority, stats) in k.WaitHByPriority) Add(v, $"wait_h.by_priority.{priority.ToString(CultureInfo.InvariantCulture)}", stats);
        Add(v, "lead_time_h", k.LeadTimeH);
        v.Add(("unmet_t", k.UnmetT));
        v.Add(("deprivation_person_days", k.DeprivationPersonDays));
        v.Add(("coverage_min", k.CoverageMin));
        foreach (var (mode, u) in k.FleetUtilization) v.Add(($"fleet_utilization.{mode}", u));
        foreach (var (node, t) in k.StoragePeak) v.Add(($"storage_peak.{node}", t));
        // Reported only where the scenario can produce them, so that older scenarios keep their outputs byte for byte.
        if (k.StorageBlockedH is { } blocked) v.Add(("storage_blocked_h", blocked));
        if (k.StorageRefused is { } refused) v.Add(("storage_refused", refused));
        if (k.StorageDelayed is { } delayed) v.Add(("storage_delayed", delayed));
        if (k.StockoutH is { } stockout)
        {
            foreach (var (stock, h) in k.StockoutHByStock ?? []) v.Add(($"stockout_h.{stock}", h));
            v.Add(("stockout_h.total", stockout));
        }
        if (k.Transfers is { } transfers)
        {
            v.Add(("transfers", transfers));
            foreach (var (mode, t) in k.TonnesByMode ?? []) v.Add(($"tonnes_by_mode.{mode}", t));
        }
        foreach (var (mode, c) in k.Cost) v.Add(($"cost.{mode}", c));
        v.Add(("events", k.Events));
        v.Add(("strategy_fallbacks", k.StrategyFallbacks));
        v.Add(("dispatched_by_plan", k.DispatchedByPlan));
        v.Add(("dispatched_by_rule", k.DispatchedByRule));
        return v;
    }

    private static void Add(List<(string, double)> v, string prefix, TimeStats s)
    {
        v.Add(($"{prefix}.mean", s.Mean));
        v.Add(($"{prefix}.p50", s.P50));
        v.Add(($"{prefix}.p95", s.P95));
    }
}
