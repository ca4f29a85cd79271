// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Fleet;

namespace LogisticsSim.Core.Planning;

/// <summary>
/// A fleet entry whose units the plan may place at open hubs (<c>planning.vehicles</c>). The entry gives the
/// vehicle's payload, speed and handling times; its own <c>count</c> and <c>base</c> are replaced by the plan.
/// </summary>
/// <param name="Fleet">The fleet entry.</param>
/// <param name="Cost">Cost of one unit for the season (lease, crew, positioning).</param>
/// <param name="Max">Most units that can be had, or null for no limit.</param>
public sealed record PlanningVehicle(VehicleTypeId Fleet, double Cost, int? Max);
