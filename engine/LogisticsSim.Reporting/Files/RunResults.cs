// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting.Files;

/// <summary>What summary.json says about a run.</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Strategy">Strategy name.</param>
/// <param name="Seed">Master seed.</param>
/// <param name="Replications">How many replications.</param>
/// <param name="Kpis">Each KPI in file order.</param>
public sealed record RunResults(string Scenario, string Strategy, long Seed, int Replications, IReadOnlyList<KpiEstimate> Kpis);
