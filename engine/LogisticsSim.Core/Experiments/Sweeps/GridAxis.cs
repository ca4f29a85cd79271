// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Scenarios;

namespace LogisticsSim.Core.Experiments.Sweeps;

/// <summary>One axis of an experiment's grid: a scenario field, by path, and the values it takes.</summary>
/// <param name="Path">The field, e.g. <c>fleet[truck10].count</c> (list entries by id or by 0-based index).</param>
/// <param name="Values">The values, each as an override located in the experiment file.</param>
public sealed record GridAxis(string Path, IReadOnlyList<ScenarioOverride> Values);
