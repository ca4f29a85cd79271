// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Scenarios;

/// <summary>
/// The keys each mapping of the scenario format accepts, in one place: the reader rejects any other
/// key with these lists, and a test holds <c>scenarios/scenario.schema.json</c> to exactly the same sets,
/// so the loader and the editors' schema cannot drift apart.
/// </summary>
internal static class ScenarioKeys
{
    public static readonly string[] Root =
        ["scenario", "horizon", "seed", "network", "fleet", "items", "stock", "supply", "demand", "hazards", "breakdowns", "strategy", "planning", "objective"];

    public static readonly string[] Info = ["name", "description"];
    public static readonly string[] Network = ["detour", "transfer_h", "nodes", "links"];
    public static readonly string[] Node = ["id", "kind", "name", "lat", "lon", "storage_t", "storage_m3", "handling_tph", "population", "transfer", "transfer_h"];
    public static readonly string[] Link = ["id", "from", "to", "mode", "km", "time", "bidirectional"];

    public static readonly string[] Vehicle =
    [
        "id", "name", "mode", "count", "base", "payload_t", "volume_m3", "kmh",
        "load_time", "unload_time", "cost_per_km", "cost_per_hour",
    ];

    public static readonly string[] Item = ["id", "name", "t_per_m3"];
    public static readonly string[] Stock = ["at", "item", "t"];
    public static readonly string[] Demand = ["requests", "arrivals", "needs", "storage"];
    public static readonly string[] Request = ["id", "partner", "item", "t", "m3", "from", "to", "ready", "due", "priority"];

    public static readonly string[] StorageRequest = ["id", "partner", "item", "t", "m3", "at", "from", "until"];
    public static readonly string[] Supply = ["id", "at", "item", "t", "arrival", "every", "until", "times"];

    public static readonly string[] Arrival =
        ["id", "partner", "item", "from", "to", "t", "every", "due", "priority", "start", "end"];

    public static readonly string[] Need =
    [
        "id", "partner", "at", "item", "from", "kg_per_person_day", "population", "affected_share",
        "every", "due", "priority", "start", "end",
    ];

    public static readonly string[] Hazard = ["id", "link", "node", "effect", "factor", "share", "at", "duration", "probability"];
    public static readonly string[] Breakdown = ["mode", "fleet", "mtbf", "repair"];

    public static readonly string[] Planning = ["window", "budget", "target_fill", "items", "sizes", "hubs", "vehicles", "scenarios"];
    public static readonly string[] PlanningItem = ["item", "cost_per_t", "unmet_penalty_per_t", "priority", "kg_per_person_day"];
    public static readonly string[] HubSize = ["name", "capacity_t", "capacity_m3", "cost"];
    public static readonly string[] Hub = ["node", "sizes"];
    public static readonly string[] PlanningVehicle = ["fleet", "cost", "max"];
    public static readonly string[] HazardScenario = ["id", "probability", "demand", "stock_survives", "closed", "slowed"];

    public static readonly string[] Objective = ["lateness", "unmet", "deprivation", "operating", "deprivation_cap"];

    /// <summary>The strategy's own key; any other key under <c>strategy</c> is an option of the strategy named (see <c>StrategyDescriptor</c>).</summary>
    public static readonly string[] Strategy = ["name"];

    public static readonly string[] Distributions =
        ["exponential", "lognormal", "normal", "uniform", "triangular", "weibull", "empirical", "constant"];

    public static readonly string[] MeanSd = ["mean", "sd"];
    public static readonly string[] Mean = ["mean"];
    public static readonly string[] ShapeScale = ["shape", "scale"];

    public static readonly string[] NodeKinds = ["port", "airport", "hub", "district", "border", "junction"];
    public static readonly string[] Modes = ["road", "air", "water"];
    public static readonly string[] Effects = ["closed", "slowed", "capacity", "stock_loss", "demand_surge"];
}
