// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Planning;

/// <summary>
/// Outcomes weighted by scenario probability. The fill rate is the ratio of expectations (expected delivered
/// over expected demand), so that a scenario with no demand weighs nothing rather than counting as full.
/// </summary>
public sealed record ExpectedOutcome(double DemandTonnes, double DeliveredTonnes, double FillRate, double UnmetTonnes, double DeprivationPersonDays);
