// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel.Random;

namespace LogisticsSim.Core.Scenarios;

/// <summary>
/// A policy that forecasts demand from the scenario's demand model, as a dispatcher who knows the planning figures
/// would. The model calls <see cref="Expect"/> once, before the first epoch, with the scenario and random streams of
/// the strategy's own: keyed by the replication's seed and number and the purpose <c>strategy:NAME</c>, so that
/// its draws are reproducible and share nothing with the streams that realise the replication (its demand, hazards
/// and travel times), which the strategy cannot rebuild from them.
/// </summary>
public interface IForecastingStrategy : IStrategy
{
    /// <summary>The scenario, and the strategy's own random streams by entity (any name the strategy chooses).</summary>
    void Expect(Scenario scenario, Func<string, RandomStream> streams);
}
