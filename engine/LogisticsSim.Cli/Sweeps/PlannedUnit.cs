// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Experiments.Sweeps;

namespace LogisticsSim.Cli.Sweeps;

/// <summary>A work unit with the names its files use.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Key">
/// Everything that determines its result, as text (scenario file digest, overrides, strategy, seed,
/// replication): a result whose key differs was made by another version of the experiment and is not used.
/// </param>
/// <param name="Scenario">The scenario's label.</param>
/// <param name="Strategy">The strategy's label.</param>
public sealed record PlannedUnit(WorkUnit Unit, string Key, string Scenario, string Strategy)
{
    public string Id => Unit.Id;
}
