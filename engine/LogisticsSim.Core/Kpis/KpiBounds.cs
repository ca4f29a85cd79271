// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Kpis;

/// <summary>
/// The range a KPI's values, and so its mean, cannot leave: a share lies in [0, 1], a tonnage, a time, a
/// cost or a count is never negative. Intervals are built on a scale where these bounds lie at infinity,
/// so that no interval crosses them (<see cref="Experiments.Interval"/>).
/// </summary>
/// <param name="Lower">The least possible value (negative infinity: none).</param>
/// <param name="Upper">The greatest possible value (positive infinity: none).</param>
public readonly record struct KpiBounds(double Lower, double Upper)
{
    /// <summary>No bound: the plain Student t interval.</summary>
    public static KpiBounds None { get; } = new(double.NegativeInfinity, double.PositiveInfinity);

    /// <summary>A share: fill, on-time, coverage, utilisation.</summary>
    public static KpiBounds Share { get; } = new(0, 1);

    /// <summary>A quantity that cannot be negative: tonnes, hours, person-days, cost, counts, the objective.</summary>
    public static KpiBounds NonNegative { get; } = new(0, double.PositiveInfinity);

    private static readonly string[] Shares = ["fill_rate", "on_time_rate", "coverage_min", "fleet_utilization"];

    private static readonly string[] NonNegatives =
    [
        "objective", "requests", "tonnes_requested", "tonnes_delivered", "wait_h", "lead_time_h", "unmet_t", "deprivation_person_days",
        "storage_peak", "cost", "events", "strategy_fallbacks", "dispatched_by_plan", "dispatched_by_rule",
        "storage_blocked_h", "storage_refused", "storage_delayed", "stockout_h",
        "transfers", "tonnes_by_mode",
    ];

    /// <summary>The bounds of a KPI path from <see cref="KpiVector"/> (by its first part); <see cref="None"/> for a path it does not know.</summary>
    public static KpiBounds For(string path)
    {
        int dot = path.IndexOf('.', StringComparison.Ordinal);
        string root = dot < 0 ? path : path[..dot];
        if (Array.IndexOf(Shares, root) >= 0) return Share;
        if (Array.IndexOf(NonNegatives, root) >= 0) return NonNegative;
        return None;
    }

    /// <summary>Whether <see cref="For"/> knows the KPI family <paramref name="root"/> (the part of a path before its first dot).</summary>
    public static bool IsKnownRoot(string root) => Array.IndexOf(Shares, root) >= 0 || Array.IndexOf(NonNegatives, root) >= 0;

    /// <summary>Every KPI family <see cref="For"/> knows.</summary>
    public static IReadOnlyList<string> Roots { get; } = [.. Shares, .. NonNegatives];

    /// <summary>The bounds of the difference of two values within these bounds: [-1, 1] for shares, none for quantities without an upper bound.</summary>
    public KpiBounds Difference => new(Lower - Upper, Upper - Lower);
}
