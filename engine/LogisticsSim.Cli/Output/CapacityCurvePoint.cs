// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Optimization.Planning;

namespace LogisticsSim.Cli.Output;

/// <summary>One point of a capacity curve: the parameter's value, the plan solved there and its simulation check.</summary>
public sealed record CapacityCurvePoint(string Parameter, double Value, Plan Plan, PlanCheckResult? Check);
