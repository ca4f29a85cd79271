// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting.Files;

/// <summary>What compare.json says: each KPI per strategy, with its 95% interval.</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Seed">Master seed.</param>
/// <param name="Replications">Replications per strategy.</param>
/// <param name="Strategies">The strategies; the first is the baseline.</param>
/// <param name="Kpis">Per KPI path (file order), one estimate per strategy in <paramref name="Strategies"/> order.</param>
public sealed record ComparisonResults(string Scenario, long Seed, int Replications, IReadOnlyList<string> Strategies, IReadOnlyList<(string Path, IReadOnlyList<KpiEstimate> PerStrategy)> Kpis);
