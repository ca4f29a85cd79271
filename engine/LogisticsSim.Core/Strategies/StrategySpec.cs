// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Strategies;

/// <summary>Which allocation strategy to run and its options, as the scenario's <c>strategy</c> states them.</summary>
/// <param name="Name">
/// The strategy as written (<c>fcfs</c>, <c>ortools</c>, <c>exec:COMMAND</c>, options in brackets allowed); the
/// loader checks it against the strategies it is given (<see cref="StrategyDescriptors"/>).
/// </param>
/// <param name="Options">
/// Every other key under <c>strategy</c>, with its scalar value as written, sorted by key so that
/// enumeration order is deterministic. <see cref="StrategySettings"/> reads them against the strategy's declaration.
/// </param>
public sealed record StrategySpec(string Name, IReadOnlyDictionary<string, string> Options)
{
    /// <summary>The name used when a scenario has no <c>strategy</c>.</summary>
    public const string DefaultName = "fcfs";

    /// <summary>First come, first served, no options.</summary>
    public static StrategySpec Default { get; } =
        new(DefaultName, new SortedDictionary<string, string>(StringComparer.Ordinal));
}
