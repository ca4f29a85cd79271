// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Planning;

/// <summary>
/// Tonnes of one item the plan sends from a hub to a node in one scenario, by one fleet entry
/// (null <paramref name="Fleet"/>: stock already at the node, handed out without transport); through a
/// transfer node <paramref name="Via"/>, the first leg by <paramref name="Fleet"/> and the second by
/// <paramref name="ViaFleet"/>, whose units stand at that node.
/// </summary>
public sealed record PlannedFlow(string Hub, string To, string Item, string? Fleet, double Tonnes, string? Via = null, string? ViaFleet = null);
