// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting.Files;

/// <summary>One row of flows.csv: the mean tonnes one strategy moved along one link per replication.</summary>
/// <param name="Strategy">The strategy.</param>
/// <param name="Link">The link's id.</param>
/// <param name="Tonnes">Mean tonnes per replication.</param>
public sealed record FlowRow(string Strategy, string Link, double Tonnes);
