// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Experiments.Sweeps;

/// <summary>
/// An experiment file: scenarios, strategies, a grid of scenario overrides, replications and a master
/// seed. <see cref="ExperimentPlan"/> expands it into work units.
/// </summary>
/// <param name="Name">The experiment's name.</param>
/// <param name="File">The file as given to the loader (errors name it so).</param>
/// <param name="Scenarios">Scenario files, resolved against the experiment file's folder.</param>
/// <param name="Strategies">Strategies in order; the first is the baseline of paired differences.</param>
/// <param name="Grid">Axes of overrides; every combination is a grid point (the last axis varies fastest).</param>
/// <param name="Replications">Replications per scenario, grid point and strategy.</param>
/// <param name="Seed">Master seed; each scenario's own when null.</param>
public sealed record Experiment(
    string Name,
    string File,
    IReadOnlyList<string> Scenarios,
    IReadOnlyList<ExperimentStrategy> Strategies,
    IReadOnlyList<GridAxis> Grid,
    int Replications,
    long? Seed);
