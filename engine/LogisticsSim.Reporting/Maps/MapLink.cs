// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting.Maps;

/// <summary>A link on the map, with what travelled along it and what hazards may do to it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="From">One end.</param>
/// <param name="To">The other end.</param>
/// <param name="Mode">road, air or water.</param>
/// <param name="Tonnes">Mean tonnes carried per replication (drawn as the line's width).</param>
/// <param name="Closed">A hazard of the scenario may close it.</param>
/// <param name="Slowed">A hazard of the scenario may slow it.</param>
public sealed record MapLink(string Id, string From, string To, string Mode, double Tonnes, bool Closed, bool Slowed);
