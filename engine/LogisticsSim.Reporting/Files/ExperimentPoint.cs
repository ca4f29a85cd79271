// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting.Files;

/// <summary>One scenario and grid point of a merged experiment: its label (scenario and overrides) and its comparison.</summary>
public sealed record ExperimentPoint(string Label, ComparisonResults Results);
