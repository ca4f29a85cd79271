// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Scenarios;

namespace LogisticsSim.Core.Experiments.Sweeps;

/// <summary>One combination of the grid's values.</summary>
/// <param name="Index">Its number, in the grid's order (the last axis varies fastest).</param>
/// <param name="Overrides">One value per axis; empty for an experiment without a grid.</param>
public sealed record GridPoint(int Index, IReadOnlyList<ScenarioOverride> Overrides)
{
    /// <summary><c>fleet[truck10].count=20, horizon=20d</c>, or <c>(as written)</c> without overrides.</summary>
    public string Label => Overrides.Count == 0 ? "(as written)" : string.Join(", ", Overrides);
}
