// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting;

/// <summary>Marks the reporting assembly; charts and the HTML report live beside it.</summary>
internal static class ReportingAssembly;
