// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Planning;

/// <summary>Tonnes of one item the plan pre-positions at one hub.</summary>
public sealed record StockDecision(string Hub, string Item, double Tonnes, double Cost);
