// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Planning;

/// <summary>Units of one fleet entry the plan places at one hub.</summary>
public sealed record VehicleDecision(string Hub, string Fleet, int Count, double Cost);
