// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Planning;

/// <summary>A hub the plan opens.</summary>
public sealed record HubDecision(string Node, string Size, double Cost);
