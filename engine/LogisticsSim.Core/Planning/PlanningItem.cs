// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;

namespace LogisticsSim.Core.Planning;

/// <summary>How an item counts in a plan (<c>planning.items</c>).</summary>
/// <param name="Item">The item.</param>
/// <param name="CostPerTonne">Cost of buying and holding one tonne in stock for the season.</param>
/// <param name="UnmetPenaltyPerTonne">
/// Weight of one tonne of need left unmet in the objective, in the same currency: the item's priority
/// expressed as what the planner would pay to meet one more tonne.
/// </param>
/// <param name="Priority">Priority of its deliveries when the plan is simulated (1 is the most urgent).</param>
/// <param name="KgPerPersonDay">Ration, to turn unmet tonnes into person-days of deprivation, or null.</param>
public sealed record PlanningItem(ItemId Item, double CostPerTonne, double UnmetPenaltyPerTonne, int Priority, double? KgPerPersonDay);
