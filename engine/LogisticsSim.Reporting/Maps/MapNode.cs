// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting.Maps;

/// <summary>A place on the map.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Kind">port, airport, hub, district, border or junction.</param>
/// <param name="Latitude">Degrees north.</param>
/// <param name="Longitude">Degrees east.</param>
/// <param name="Coverage">For a destination: share of its requested tonnes delivered by the horizon (0 to 1); else null.</param>
/// <param name="Transfer">A transfer node: cargo may change mode there (<c>transfer_h</c>).</param>
/// <param name="Delivered">Tonnes delivered there by the horizon (mean per replication); 0 without flows.</param>
/// <param name="Population">Its population, when the scenario gives one: which places a compact map labels.</param>
public sealed record MapNode(string Id, string Kind, double Latitude, double Longitude, double? Coverage, bool Transfer = false, double Delivered = 0, double? Population = null);
