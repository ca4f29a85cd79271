// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting.Planning;

/// <summary>One hazard scenario of a plan: the fill promised, and the fill simulated with its 95% interval (NaN when not checked).</summary>
public sealed record ScenarioFill(string Id, double Probability, double DemandTonnes, double Promised, double Simulated, double Low, double High);
