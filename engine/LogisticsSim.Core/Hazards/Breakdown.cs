// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel.Random;

namespace LogisticsSim.Core.Hazards;

/// <summary>
/// Random failures of every vehicle of a mode, or of one fleet entry (exactly one of <see cref="Mode"/>
/// and <see cref="Fleet"/> is set). Each unit runs for a draw of <see cref="TimeBetweenFailuresHours"/>
/// of operation, then is repaired for a draw of <see cref="RepairHours"/>.
/// </summary>
/// <param name="Mode">Every vehicle of this mode, or null.</param>
/// <param name="Fleet">Every unit of this fleet entry, or null; it overrides a mode entry.</param>
/// <param name="TimeBetweenFailuresHours">Operating hours between failures; <c>mtbf: 300h</c> means exponential with mean 300 h.</param>
/// <param name="RepairHours">Hours out of service per failure.</param>
public sealed record Breakdown(
    TransportMode? Mode,
    VehicleTypeId? Fleet,
    Distribution TimeBetweenFailuresHours,
    Distribution RepairHours);
