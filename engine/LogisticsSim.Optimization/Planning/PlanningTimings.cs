// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Planning;

/// <summary>Wall-clock seconds of a planning solve: trip times and model data, the LP relaxation, and the MIP (building and solving).</summary>
public sealed record PlanningTimings(double DataSeconds, double RelaxationSeconds, double MipSeconds);
