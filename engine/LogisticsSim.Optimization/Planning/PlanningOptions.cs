// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Fleet;

namespace LogisticsSim.Optimization.Planning;

/// <summary>How to solve a planning model, and what to hold fixed (the points of a capacity curve).</summary>
/// <param name="Solver">The MIP solver: <c>scip</c> or <c>highs</c> (both in the OR-Tools native library).</param>
/// <param name="RelativeGap">Stop when the optimum is proven within this share of the objective (0.01: 1%).</param>
/// <param name="TimeLimit">Stop after this long with the best plan found; the gap then says how good it is.</param>
/// <param name="Budget">Replaces <c>planning.budget</c> when set.</param>
/// <param name="FleetSize">Units of each fleet entry the plan must place in total (a capacity curve over fleet size).</param>
/// <param name="StockLevel">Tonnes of each item the plan must stock in total (a capacity curve over stock).</param>
public sealed record PlanningOptions(
    string Solver,
    double RelativeGap,
    TimeSpan TimeLimit,
    double? Budget = null,
    IReadOnlyDictionary<VehicleTypeId, int>? FleetSize = null,
    IReadOnlyDictionary<ItemId, double>? StockLevel = null)
{
    /// <summary>
    /// HiGHS to a 1% gap within 60 s. HiGHS rather than SCIP: on the Gulf ensemble it proves the optimum in about
    /// the time SCIP takes to stop at a 0.7% gap (benches/README.md).
    /// </summary>
    public static PlanningOptions Default { get; } = new("highs", 0.01, TimeSpan.FromSeconds(60));

    /// <summary>The solvers that can be named.</summary>
    public static IReadOnlyList<string> Solvers { get; } = ["highs", "scip"];
}
