// SPDX-License-Identifier: Apache-2.0
using System.Diagnostics.CodeAnalysis;

namespace LogisticsSim.Core.Scenarios;

/// <summary>The outcome of loading a scenario: the scenario, or every error found (never both).</summary>
/// <param name="Scenario">The scenario, or null when there is any error.</param>
/// <param name="Errors">Every error, ordered by line and column; empty on success.</param>
public sealed record ScenarioLoadResult(Scenario? Scenario, IReadOnlyList<ScenarioError> Errors)
{
    /// <summary>True when the file loaded without error.</summary>
    [MemberNotNullWhen(true, nameof(Scenario))]
    public bool Succeeded => Scenario is not null;

    /// <summary>The errors rendered one per line (<c>file:line:col: path: message</c>), "\n"-separated.</summary>
    public string ErrorReport => string.Join("\n", Errors);
}
