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
    /// How often the model asks: null for event-driven rules (whenever a request becomes ready or
    /// a vehicle becomes free), or the interval of a rolling-horizon planner, which is also asked
    /// whenever a hazard changes the network.
    /// </summary>
    Kernel.SimTime? ReplanEvery { get; }

    /// <summary>The decisions for this epoch; the snapshot is valid only during the call.</summary>
    IReadOnlyList<Decision> Decide(ISnapshot snapshot);
}
