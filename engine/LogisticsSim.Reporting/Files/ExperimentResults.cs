// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting.Files;

/// <summary>A merged experiment (results.json): the strategies, and the comparison at each scenario and grid point.</summary>
public sealed record ExperimentResults(string Experiment, IReadOnlyList<string> Strategies, IReadOnlyList<ExperimentPoint> Points);
