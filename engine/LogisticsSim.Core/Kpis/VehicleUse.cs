// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Fleet;

namespace LogisticsSim.Core.Kpis;

/// <summary>What one vehicle travelled during a replication, for its running cost.</summary>
/// <param name="Type">Its fleet entry (mode and cost rates).</param>
/// <param name="KmTravelled">Km driven, flown or sailed.</param>
/// <param name="HoursMoving">Hours on legs.</param>
internal sealed record VehicleUse(VehicleType Type, double KmTravelled, double HoursMoving);
