// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting.Planning;

/// <summary>One point of a capacity curve: a value of the planned parameter and what it gives.</summary>
/// <param name="Value">The parameter's value (trucks, helicopters, storage tonnes...).</param>
/// <param name="FillPromised">Expected fill rate the planning model promises (0 to 1), NaN if none.</param>
/// <param name="FillSimulated">Expected fill rate simulated (0 to 1), NaN if none.</param>
/// <param name="DeprivationPersonDays">Expected deprivation, NaN if none.</param>
/// <param name="Cost">Cost of the option, NaN if none.</param>
public sealed record CapacityPoint(double Value, double FillPromised, double FillSimulated, double DeprivationPersonDays, double Cost);
