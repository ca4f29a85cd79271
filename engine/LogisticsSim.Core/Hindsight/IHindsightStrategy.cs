// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Strategies;

namespace LogisticsSim.Core.Hindsight;

/// <summary>
/// A reference, not a policy: a strategy that is told, before its replication starts, the whole
/// <see cref="Realisation"/> of that replication, which no real dispatcher could know. The model calls
/// <see cref="Foresee"/> once, before the first epoch, with the replay of the same seed and replication;
/// every decision it then makes is checked like any other strategy's (nothing loads before it is ready,
/// capacities, stock, closed links).
/// </summary>
public interface IHindsightStrategy : IStrategy
{
    /// <summary>The replication's future, given once before it starts.</summary>
    void Foresee(Realisation realisation);
}
