// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting;

/// <summary>Input a report or chart cannot be made from (a missing file, a bad row, no font): its message says where and what.</summary>
public sealed class ReportInputException(string message) : Exception(message);
