// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Strategies;

/// <summary>
/// An allocation policy: at each decision epoch it sees a read-only <see cref="ISnapshot"/> of the
/// response and returns decisions; it never reaches into the model. One instance serves one
/// replication, so a strategy may keep state between epochs (a previous plan to warm-start from).
/// </summary>
public interface IStrategy
{
    /// <summary>The name that reports and the command line use.</summary>
    string Name { get; }

    /// <summary>
    /// The model asks whenever a request becomes ready, a vehicle becomes free or a hazard changes
    /// the network; a rolling-horizon planner also gives the interval at which it must be asked even
    /// when nothing happens (null for event-driven rules). Whether to re-plan on a given call is the
    /// strategy's own choice.
    /// </summary>
    Kernel.SimTime? ReplanEvery { get; }

    /// <summary>
    /// A time at which the strategy wants to be asked again even if nothing happens (a rule holding a
    /// request back until its latest departure), read after each <see cref="Decide"/>; null for none.
    /// The model ignores a time not after now, and still asks at every event as usual.
    /// </summary>
    Kernel.SimTime? NextEpoch => null;

    /// <summary>The decisions for this epoch; the snapshot is valid only during the call.</summary>
    IReadOnlyList<Decision> Decide(ISnapshot snapshot);

    /// <summary>Epochs in which the strategy could not decide and a simpler rule decided for it (reported as strategy_fallbacks).</summary>
    int Fallbacks => 0;

    /// <summary>
    /// Tonnes so far dispatched as an optimisation plan decided them (reported as dispatched_by_plan; the rest
    /// of what the strategy dispatched is reported as dispatched_by_rule). 0 for a rule, which has no plan.
    /// </summary>
    double PlannedTonnes => 0;
}
