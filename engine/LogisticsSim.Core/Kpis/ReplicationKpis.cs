// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Kpis;

/// <summary>
/// The KPIs of one replication, named as the output contract names them (DESIGN.md). Maps are
/// sorted by key so that outputs never depend on dictionary order.
/// </summary>
public sealed record ReplicationKpis
{
    /// <summary>The objective, lower is better, with its parts (see <see cref="ObjectiveCalculator"/>).</summary>
    public required ObjectiveValue Objective { get; init; }

    /// <summary>Requests created before the horizon.</summary>
    public required int Requests { get; init; }

    /// <summary>Their tonnes.</summary>
    public required double TonnesRequested { get; init; }

    /// <summary>Tonnes delivered by the horizon.</summary>
    public required double TonnesDelivered { get; init; }

    /// <summary>Delivered over requested tonnes (1 when nothing was requested).</summary>
    public required double FillRate { get; init; }

    /// <summary>Share of requested tonnes delivered by their due time.</summary>
    public required double OnTimeRate { get; init; }

    /// <summary>Hours from ready until the first tonne left, over requests dispatched by the horizon.</summary>
    public required TimeStats WaitH { get; init; }

    /// <summary><see cref="WaitH"/> for each priority.</summary>
    public required SortedDictionary<int, TimeStats> WaitHByPriority { get; init; }

    /// <summary>Hours from ready until the last tonne arrived, over requests fully delivered by the horizon.</summary>
    public required TimeStats LeadTimeH { get; init; }

    /// <summary>Tonnes not delivered at the horizon.</summary>
    public required double UnmetT { get; init; }

    /// <summary>People times days that needs went unmet after their due time (needs only).</summary>
    public required double DeprivationPersonDays { get; init; }

    /// <summary>Lowest share of needs met across districts (NaN without needs).</summary>
    public required double CoverageMin { get; init; }

    /// <summary>Time-average share of vehicles with work, per mode.</summary>
    public required SortedDictionary<string, double> FleetUtilization { get; init; }

    /// <summary>Highest tonnes stored at each node that holds stock.</summary>
    public required SortedDictionary<string, double> StoragePeak { get; init; }

    /// <summary>Running cost per mode and "total" (cost_per_km x km + cost_per_hour x hours moving).</summary>
    public required SortedDictionary<string, double> Cost { get; init; }

    /// <summary>Simulation events processed.</summary>
    public required long Events { get; init; }

    /// <summary>Decision epochs where the strategy failed and the fallback rule decided instead.</summary>
    public int StrategyFallbacks { get; init; }

    /// <summary>Tonnes dispatched by the strategy's optimisation plan (0 for a strategy without one).</summary>
    public double DispatchedByPlan { get; init; }

    /// <summary>Tonnes dispatched by a rule: all of a rule's dispatches, and an optimiser's fallback and gap-filling ones.</summary>
    public double DispatchedByRule { get; init; }

    /// <summary>Hours an item was out of stock at a node while requests waited for it, summed over tracked stock; null (not reported) without supply.</summary>
    public double? StockoutH { get; init; }

    /// <summary><see cref="StockoutH"/> per "node.item".</summary>
    public SortedDictionary<string, double>? StockoutHByStock { get; init; }

    /// <summary>Hours vehicles and shipments waited at the gate of a full node; null (not reported) where no gate can close.</summary>
    public double? StorageBlockedH { get; init; }

    /// <summary>Storage requests that got no space; null (not reported) without storage requests.</summary>
    public int? StorageRefused { get; init; }

    /// <summary>Storage requests that got their space late; null (not reported) without storage requests.</summary>
    public int? StorageDelayed { get; init; }

    /// <summary>Lots of chained cargo handed from one leg to the next at transfer nodes; null (not reported) where no request can be a chain.</summary>
    public int? Transfers { get; init; }

    /// <summary>Tonnes unloaded by vehicles of each mode, every leg counted; null (not reported) where no request can be a chain.</summary>
    public SortedDictionary<string, double>? TonnesByMode { get; init; }
}
