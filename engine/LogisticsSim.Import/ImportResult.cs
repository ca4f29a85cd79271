// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Import;

/// <summary>An import's outcome: the scenario text and what to tell the user, or the errors that stopped it.</summary>
/// <param name="Errors">Problems in the inputs; when any, <paramref name="ScenarioText"/> is null and nothing should be written.</param>
/// <param name="ScenarioText">The scenario as YAML, header comment first.</param>
/// <param name="Summary">One line: nodes, links, kilometres, places and districts.</param>
/// <param name="Warnings">What the user should look at: disconnected components, places far from any road, districts without population.</param>
public sealed record ImportResult(
    IReadOnlyList<ImportError> Errors,
    string? ScenarioText,
    string Summary,
    IReadOnlyList<string> Warnings);
