// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing;

/// <summary>The ordered stops of one vehicle; empty when the vehicle stays idle.</summary>
public sealed record VehicleRoute(string VehicleId, IReadOnlyList<PlannedStop> Stops);
