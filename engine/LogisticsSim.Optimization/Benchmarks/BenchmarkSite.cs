// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Benchmarks;

/// <summary>One row of an instance file: the depot (id 0) or a task.</summary>
/// <param name="Id">Row id, equal to its index.</param>
/// <param name="X">Abscissa.</param>
/// <param name="Y">Ordinate.</param>
/// <param name="Demand">Load picked up (positive) or delivered (negative, Li and Lim deliveries).
/// Solomon customers have positive demand delivered from the depot.</param>
/// <param name="Ready">Earliest service start.</param>
/// <param name="Due">Latest service start (for the depot: latest return).</param>
/// <param name="Service">Service duration.</param>
public sealed record BenchmarkSite(int Id, double X, double Y, double Demand, double Ready, double Due, double Service);
