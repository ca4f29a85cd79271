// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;

namespace LogisticsSim.Core.Demand;

/// <summary>Stock of one item held at one node at time zero.</summary>
/// <param name="At">Where the stock is.</param>
/// <param name="Item">What it is.</param>
/// <param name="Tonnes">How much, in tonnes.</param>
public sealed record StockEntry(NodeId At, ItemId Item, double Tonnes);
