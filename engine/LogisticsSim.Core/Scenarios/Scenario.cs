// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Hazards;
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Planning;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Scenarios;

/// <summary>
/// A loaded scenario file: everything the simulation needs, with every reference resolved and every
/// quantity checked. Get one from <see cref="ScenarioLoader"/>; lists keep file order.
/// </summary>
/// <param name="Name">Short name (<c>scenario.name</c>).</param>
/// <param name="Description">What the scenario covers, or null.</param>
/// <param name="Horizon">Simulated span from time zero.</param>
/// <param name="Seed">Master seed of the random streams (default 1).</param>
/// <param name="Network">Nodes and links.</param>
/// <param name="Fleet">Vehicle types and how many of each.</param>
/// <param name="Items">Kinds of cargo.</param>
/// <param name="Stock">Stock at time zero.</param>
/// <param name="Demand">Requests, arrival streams and needs.</param>
/// <param name="Hazards">Events on links and nodes.</param>
/// <param name="Breakdowns">Vehicle failures.</param>
/// <param name="Strategy">The allocation strategy to run (default <see cref="StrategySpec.Default"/>).</param>
public sealed record Scenario(
    string Name,
    string? Description,
    SimTime Horizon,
    long Seed,
    TransportNetwork Network,
    IReadOnlyList<VehicleType> Fleet,
    IReadOnlyList<Item> Items,
    IReadOnlyList<StockEntry> Stock,
    DemandSpec Demand,
    IReadOnlyList<Hazard> Hazards,
    IReadOnlyList<Breakdown> Breakdowns,
    StrategySpec Strategy)
{
    /// <summary>The capacity-planning ensemble (<c>planning</c>), or null when the file has none.</summary>
    public PlanningSpec? Planning { get; init; }

    /// <summary>The weights of the <c>objective</c> KPI (<c>objective</c>; <see cref="ObjectiveWeights.Default"/> when the file has none).</summary>
    public ObjectiveWeights Objective { get; init; } = ObjectiveWeights.Default;

    /// <summary>Cargo arriving into the region over time (<c>supply</c>), in file order; empty when the file has none.</summary>
    public IReadOnlyList<SupplySpec> Supply { get; init; } = [];

    /// <summary>The item with this id; throws <see cref="KeyNotFoundException"/> when there is none.</summary>
    public Item GetItem(ItemId id) =>
        Items.FirstOrDefault(i => i.Id == id) ?? throw new KeyNotFoundException($"no item '{id}'");

    /// <summary>The fleet entry with this id; throws <see cref="KeyNotFoundException"/> when there is none.</summary>
    public VehicleType GetVehicleType(VehicleTypeId id) =>
        Fleet.FirstOrDefault(v => v.Id == id) ?? throw new KeyNotFoundException($"no fleet entry '{id}'");

    /// <summary>
    /// The breakdown law of a vehicle type: the entry naming its fleet id, else the entry naming its mode,
    /// else null (it never breaks down). The loader refuses two entries for the same fleet id or mode.
    /// </summary>
    public Breakdown? BreakdownOf(VehicleType vehicle) =>
        Breakdowns.FirstOrDefault(b => b.Fleet == vehicle.Id)
        ?? Breakdowns.FirstOrDefault(b => b.Fleet is null && b.Mode == vehicle.Mode);
}
