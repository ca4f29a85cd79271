// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Network;

namespace LogisticsSim.Core.Planning;

/// <summary>Tonnes of one item needed at one node in a hazard scenario.</summary>
public sealed record NodeDemand(NodeId At, ItemId Item, double Tonnes);
