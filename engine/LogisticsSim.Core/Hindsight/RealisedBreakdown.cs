// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Hindsight;

/// <summary>A vehicle failure that happened in a replication: the vehicle is out of service from start to end.</summary>
/// <param name="VehicleId">The unit (<c>truck10-3</c>).</param>
/// <param name="Start">When it failed.</param>
/// <param name="End">When the repair ends.</param>
public sealed record RealisedBreakdown(string VehicleId, SimTime Start, SimTime End);
