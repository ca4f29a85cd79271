// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Benchmarks;

/// <summary>One entry of a BKS.json file.</summary>
/// <param name="Cost">Total Euclidean distance of the best known solution.</param>
/// <param name="Vehicles">Vehicles that solution uses (the classic objective minimises them first).</param>
/// <param name="FleetSize">Vehicles available.</param>
/// <param name="Capacity">Vehicle capacity.</param>
/// <param name="Jobs">Tasks in the instance.</param>
public sealed record BestKnownSolution(double Cost, int Vehicles, int FleetSize, double Capacity, int Jobs);
