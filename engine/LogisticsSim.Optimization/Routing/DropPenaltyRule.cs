// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing;

/// <summary>
/// The cost of leaving a request unserved:
/// <c>penalty = BaseCostPerTonne × max(tonnes, MinimumTonnes) × RatioBetweenPriorities^(LeastUrgentPriority − priority)</c>.
/// </summary>
/// <remarks>
/// <para>Why this shape. The planner minimises moves + fixed costs + lateness + penalties of dropped requests,
/// so a request is dropped only when serving it would cost more than its penalty, or is impossible.
/// The penalty grows with tonnes (a dropped tonne costs the same whatever request it belongs to, so splitting
/// a request does not change what dropping all of it costs) and by a factor
/// <see cref="RatioBetweenPriorities"/> per step of urgency.</para>
/// <para>The guarantee, and its limit. Take a more urgent request H and a less urgent one L of the same tonnes t.
/// Penalty(H) − Penalty(L) ≥ (Ratio − 1) × BaseCostPerTonne × t. If that exceeds what serving H instead of L can
/// add to the moves (at most the detour to H's pickup and delivery), any plan that drops H and serves L is beaten
/// by the same plan with H served in L's place, so the optimum never drops H while serving L. Hence the scale:
/// <see cref="BaseCostPerTonne"/> is in objective units (the cost matrix unit, km for distance objectives) and should be
/// at least the largest detour divided by the smallest request's tonnes; <see cref="ForCosts"/> does that from the
/// matrices. The argument needs the swap to be feasible (H's windows reachable in L's slot) and an optimal
/// search; with a heuristic search under a small budget it holds in practice, not by proof.</para>
/// </remarks>
public sealed record DropPenaltyRule(
    double BaseCostPerTonne,
    double RatioBetweenPriorities = 10,
    int LeastUrgentPriority = 5,
    double MinimumTonnes = 0.1)
{
    /// <summary>The penalty, in objective units, for dropping <paramref name="tonnes"/> of the given priority.</summary>
    public double For(double tonnes, int priority)
    {
        int steps = Math.Clamp(LeastUrgentPriority - priority, 0, LeastUrgentPriority - 1);
        return BaseCostPerTonne * Math.Max(tonnes, MinimumTonnes) * Math.Pow(RatioBetweenPriorities, steps);
    }

    /// <summary>
    /// A rule whose base makes the least urgent request of <paramref name="minimumTonnes"/> worth more than
    /// a detour of twice the largest finite move in <paramref name="matrices"/> (objective = distance),
    /// or twice the longest trip in hours (objective = time).
    /// </summary>
    public static DropPenaltyRule ForCosts(IEnumerable<TravelMatrix> matrices, RoutingObjective objective,
        double minimumTonnes = 0.1)
    {
        double largest = 0;
        foreach (var m in matrices)
        {
            var values = objective == RoutingObjective.Distance ? m.Cost : m.Hours;
            foreach (double v in values)
            {
                if (double.IsFinite(v) && v > largest) largest = v;
            }
        }
        double tonnes = Math.Max(minimumTonnes, 1e-3);
        return new DropPenaltyRule(Math.Max(2 * largest, 1) / tonnes, MinimumTonnes: tonnes);
    }
}
