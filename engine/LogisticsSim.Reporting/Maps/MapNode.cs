// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting.Maps;

/// <summary>A place on the map.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Kind">port, airport, hub, district, border or junction.</param>
/// <param name="Latitude">Degrees north.</param>
/// <param name="Longitude">Degrees east.</param>
/// <param name="Coverage">For a destination: share of its requested tonnes delivered by the horizon (0 to 1); else null.</param>
/// <param name="Transfer">A transfer node: cargo may change mode there (<c>transfer_h</c>).</param>
public sealed record MapNode(string Id, string Kind, double Latitude, double Longitude, double? Coverage, bool Transfer = false);
