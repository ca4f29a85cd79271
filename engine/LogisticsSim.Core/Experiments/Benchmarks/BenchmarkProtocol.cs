// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Experiments.Sweeps;
using LogisticsSim.Core.Strategies;

namespace LogisticsSim.Core.Experiments.Benchmarks;

/// <summary>
/// A benchmark protocol (a suite's <c>protocol.yaml</c>): which scenarios, which strategies, how many replications
/// from which master seed, and each strategy's search budget as a count. <see cref="ToExperiment"/> makes it an
/// experiment without a grid, so that it runs, resumes, shards and merges as a sweep does.
/// </summary>
/// <param name="Suite">The suite's name (letters, digits, '-' and '_'): it names the experiment and the leaderboard.</param>
/// <param name="Description">One line, or null.</param>
/// <param name="File">The protocol file as given to the loader.</param>
/// <param name="Seed">The master seed; it replaces each scenario's own.</param>
/// <param name="Replications">Per scenario and strategy.</param>
/// <param name="Scenarios">Scenario files, full paths, in order.</param>
/// <param name="Strategies">The strategies, in order: labels and what runs them.</param>
/// <param name="Budgets">Options per strategy label, applied before the options in its brackets.</param>
/// <param name="Baseline">The strategy every other is paired with (<c>priority</c>).</param>
/// <param name="Reference">The strategy gaps are measured to, not ranked (<c>hindsight</c>).</param>
public sealed record BenchmarkProtocol(
    string Suite,
    string? Description,
    string File,
    long Seed,
    int Replications,
    IReadOnlyList<string> Scenarios,
    IReadOnlyList<ExperimentStrategy> Strategies,
    IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, string>>> Budgets,
    string Baseline,
    string Reference)
{
    /// <summary>The file a suite's folder holds its protocol in.</summary>
    public const string FileName = "protocol.yaml";

    /// <summary>The baseline when the protocol names none.</summary>
    public const string DefaultBaseline = "priority";

    /// <summary>The reference when the protocol names none.</summary>
    public const string DefaultReference = "hindsight";

    /// <summary>
    /// Every scenario x strategy x replication, from the master seed, with each strategy's budget folded into what runs
    /// it (<c>ortools</c> with <c>{solution_limit: 30}</c> runs as <c>ortools[solution_limit=30]</c>, so that a changed
    /// budget changes the units' keys and runs them again).
    /// </summary>
    /// <param name="strategies">The strategies to run in place of the protocol's (the command line's <c>--strategies</c>); null for the protocol's.</param>
    public Experiment ToExperiment(IReadOnlyList<ExperimentStrategy>? strategies = null) =>
        new(Suite, File, Scenarios, (strategies ?? Strategies).Select(s => s with { Use = Budgeted(s) }).ToArray(), [], Replications, Seed);

    /// <summary>What runs <paramref name="strategy"/>: its budget's options first, then those it was written with, which so override them.</summary>
    public string Budgeted(ExperimentStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        if (!Budgets.TryGetValue(strategy.Label, out var budget) || budget.Count == 0) return strategy.Use;
        var reference = StrategyReference.Parse(strategy.Use, out _);
        return reference is null ? strategy.Use : (reference with { Options = [.. budget, .. reference.Options] }).ToString();
    }
}
