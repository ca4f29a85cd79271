// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting.Files;

/// <summary>A KPI's mean with its 95% interval (NaN ends when there is none).</summary>
/// <param name="Path">The KPI path, e.g. <c>fill_rate</c> or <c>wait_h.by_priority.1.mean</c>.</param>
/// <param name="Mean">The mean over replications.</param>
/// <param name="Low">Lower end of the 95% interval.</param>
/// <param name="High">Upper end.</param>
public sealed record KpiEstimate(string Path, double Mean, double Low, double High);
