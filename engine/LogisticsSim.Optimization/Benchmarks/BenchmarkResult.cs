// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Optimization.Routing;

namespace LogisticsSim.Optimization.Benchmarks;

/// <summary>The outcome of solving one benchmark instance.</summary>
/// <param name="Instance">Instance name.</param>
/// <param name="Family">Benchmark family.</param>
/// <param name="Status">Planner status.</param>
/// <param name="Distance">Total Euclidean distance, unrounded, recomputed from the routes (depot to depot).</param>
/// <param name="VehiclesUsed">Routes with at least one stop.</param>
/// <param name="RequestsServed">Requests (pairs or customers) on some route.</param>
/// <param name="Requests">Requests in the instance.</param>
/// <param name="Violations">Broken constraints found by re-checking the routes in real numbers
/// (capacity, windows, return time, pairing); 0 for a valid solution.</param>
/// <param name="BestKnown">The classic best known solution (fewest vehicles, then distance), if known.</param>
/// <param name="BestKnownDistanceOnly">The best known when distance alone is minimised (Solomon), if known.</param>
/// <param name="Seconds">Wall-clock time of the planner call.</param>
public sealed record BenchmarkResult(
    string Instance,
    BenchmarkFamily Family,
    PlanStatus Status,
    double Distance,
    int VehiclesUsed,
    int RequestsServed,
    int Requests,
    int Violations,
    BestKnownSolution? BestKnown,
    BestKnownSolution? BestKnownDistanceOnly,
    double Seconds)
{
    /// <summary>Percent by which <see cref="Distance"/> exceeds the classic best known distance.</summary>
    public double? GapPercent => Gap(BestKnown);

    /// <summary>Percent by which <see cref="Distance"/> exceeds the distance-only best known distance.</summary>
    public double? DistanceOnlyGapPercent => Gap(BestKnownDistanceOnly);

    /// <summary>
    /// <see cref="GapPercent"/>, except that a negative gap reached with more vehicles than the best known counts as 0:
    /// the classic best known minimises vehicles first, so less distance bought with an extra vehicle is no gain.
    /// </summary>
    public double? CountedGapPercent =>
        GapPercent is double gap && gap < 0 && BestKnown is { } b && VehiclesUsed > b.Vehicles ? 0 : GapPercent;

    /// <summary>True when every request is served by valid routes.</summary>
    public bool AllServedValidly => RequestsServed == Requests && Violations == 0 && double.IsFinite(Distance);

    private double? Gap(BestKnownSolution? bks) =>
        bks is null || !double.IsFinite(Distance) ? null : 100 * (Distance - bks.Cost) / bks.Cost;
}
