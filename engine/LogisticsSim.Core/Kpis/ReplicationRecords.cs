// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Kpis;

/// <summary>
/// What a replication leaves for its KPIs, handed over by the model at the horizon: the fate of every
/// request, what each vehicle travelled, the fleet's and the stores' monitors summed up, and the event
/// count. <see cref="KpiCalculator"/> reads this alone, never the model, so that KPIs do not depend on
/// how the model keeps its state.
/// </summary>
/// <param name="Horizon">The instant the replication ended.</param>
/// <param name="Requests">Every request created before the horizon, in order of creation.</param>
/// <param name="Vehicles">Every vehicle, in fleet order.</param>
/// <param name="BusyVehiclesByMode">Time-average number of vehicles with work, per mode.</param>
/// <param name="UnitsByMode">Vehicles per mode.</param>
/// <param name="StoredPeakByNode">Highest tonnes stored, per node that held stock.</param>
/// <param name="Events">Simulation events processed.</param>
/// <param name="StrategyFallbacks">Decision epochs where the fallback rule decided instead of the strategy.</param>
/// <param name="DispatchedTonnes">Tonnes the strategy's dispatches claimed, whatever decided them.</param>
/// <param name="PlannedTonnes">Of those, the tonnes its optimisation plan decided (<see cref="Strategies.IStrategy.PlannedTonnes"/>).</param>
/// <param name="Objective">The scenario's weights of the objective.</param>
internal sealed record ReplicationRecords(
    SimTime Horizon,
    IReadOnlyList<RequestOutcome> Requests,
    IReadOnlyList<VehicleUse> Vehicles,
    IReadOnlyDictionary<string, double> BusyVehiclesByMode,
    IReadOnlyDictionary<string, int> UnitsByMode,
    IReadOnlyDictionary<string, double> StoredPeakByNode,
    long Events,
    int StrategyFallbacks,
    double DispatchedTonnes,
    double PlannedTonnes,
    ObjectiveWeights Objective)
{
    /// <summary>Hours out of stock while requests waited, per "node.item" of tracked stock; null when the scenario has no supply.</summary>
    public IReadOnlyDictionary<string, double>? StockoutHours { get; init; }

    /// <summary>Hours vehicles and shipments waited at full gates, summed; null when no gate can close.</summary>
    public double? StorageBlockedHours { get; init; }

    /// <summary>Storage requests that got no space in their window (or by the horizon); null without storage requests.</summary>
    public int? StorageRefused { get; init; }

    /// <summary>Storage requests that got their space after they asked for it; null without storage requests.</summary>
    public int? StorageDelayed { get; init; }

    /// <summary>Lots of chained cargo handed from one leg to the next at transfer nodes; null where no request can be a chain.</summary>
    public int? Transfers { get; init; }

    /// <summary>Tonnes unloaded by vehicles of each mode (legs and whole requests); null where no request can be a chain.</summary>
    public IReadOnlyDictionary<string, double>? TonnesByMode { get; init; }
}
