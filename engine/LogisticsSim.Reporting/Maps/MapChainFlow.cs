// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting.Maps;

/// <summary>Legs of chains from one node to another by one mode, added up (from legs.csv): cargo that changed mode on its way.</summary>
/// <param name="From">Where the legs start (the origin or a transfer node).</param>
/// <param name="To">Where they end (a transfer node or the destination).</param>
/// <param name="Mode">The mode the route expected for them: road, air or water.</param>
/// <param name="Tonnes">Mean tonnes delivered at the legs' end per replication.</param>
public sealed record MapChainFlow(string From, string To, string Mode, double Tonnes);
