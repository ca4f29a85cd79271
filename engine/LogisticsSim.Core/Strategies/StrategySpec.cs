// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Strategies;

/// <summary>Which allocation strategy to run and its settings, as the scenario's <c>strategy</c> states them.</summary>
/// <param name="Name">The strategy's name (for example <c>fcfs</c>, <c>priority</c>); the file does not restrict it.</param>
/// <param name="ReplanEvery">Interval between decision epochs for rolling-horizon strategies; null means event-driven.</param>
/// <param name="Options">
/// Every other key under <c>strategy</c>, with its scalar value as written, sorted by key so that
/// enumeration order is deterministic. The strategy parses and checks its own options.
/// </param>
public sealed record StrategySpec(string Name, SimTime? ReplanEvery, IReadOnlyDictionary<string, string> Options)
{
    /// <summary>The name used when a scenario has no <c>strategy</c>.</summary>
    public const string DefaultName = "fcfs";

    /// <summary>First come, first served, event-driven, no options.</summary>
    public static StrategySpec Default { get; } =
        new(DefaultName, null, new SortedDictionary<string, string>(StringComparer.Ordinal));
}
