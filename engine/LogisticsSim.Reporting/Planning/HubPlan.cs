// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting.Planning;

/// <summary>One open hub of a plan: its size, what it stocks and which vehicles stand there (as text), and what it all costs.</summary>
public sealed record HubPlan(string Node, string Size, string Stock, string Vehicles, double Cost);
