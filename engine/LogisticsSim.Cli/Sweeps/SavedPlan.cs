// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Cli.Sweeps;

/// <summary>An experiment's plan as <c>units.json</c> keeps it beside the results, all that <c>merge</c> needs.</summary>
/// <param name="Experiment">Its name.</param>
/// <param name="Scenarios">Scenario labels.</param>
/// <param name="Strategies">Strategy labels; the first is the baseline.</param>
/// <param name="Axes">The grid's field paths.</param>
/// <param name="Points">Per grid point, the value of each axis as text.</param>
/// <param name="Units">Every unit, in plan order.</param>
public sealed record SavedPlan(string Experiment, IReadOnlyList<string> Scenarios, IReadOnlyList<string> Strategies,
    IReadOnlyList<string> Axes, IReadOnlyList<IReadOnlyList<string>> Points, IReadOnlyList<PlannedUnit> Units);
