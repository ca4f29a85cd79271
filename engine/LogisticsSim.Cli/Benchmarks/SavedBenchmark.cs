// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Experiments.Sweeps;

namespace LogisticsSim.Cli.Benchmarks;

/// <summary>A benchmark as <c>benchmark.json</c> keeps it beside the units.</summary>
/// <param name="Suite">The suite's name.</param>
/// <param name="Description">Its one line, or null.</param>
/// <param name="Kpi">The KPI ranked on.</param>
/// <param name="Baseline">The strategy every other is paired with.</param>
/// <param name="Reference">The strategy gaps are measured to (when it ran).</param>
/// <param name="Strategies">Each strategy's label and what ran it.</param>
public sealed record SavedBenchmark(string Suite, string? Description, string Kpi, string Baseline, string Reference, IReadOnlyList<ExperimentStrategy> Strategies);
