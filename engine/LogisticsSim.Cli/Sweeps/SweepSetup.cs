// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using System.Security.Cryptography;
using LogisticsSim.Core.Experiments.Sweeps;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;

namespace LogisticsSim.Cli.Sweeps;

/// <summary>
/// An experiment made ready to run: the file read, every scenario loaded at every grid point (all
/// errors reported at once, before anything runs), the strategies found, and the plan's units named.
/// </summary>
public sealed class SweepSetup
{
    private readonly Scenario[,] _scenarios;
    private readonly Func<IStrategy>[,,] _factories;

    private SweepSetup(ExperimentPlan plan, Scenario[,] scenarios, Func<IStrategy>[,,] factories, IReadOnlyList<PlannedUnit> units)
    {
        Plan = plan;
        _scenarios = scenarios;
        _factories = factories;
        Units = units;
    }

    public ExperimentPlan Plan { get; }

    public IReadOnlyList<PlannedUnit> Units { get; }

    public Scenario Scenario(WorkUnit u) => _scenarios[u.Scenario, u.Point];

    public IStrategy NewStrategy(WorkUnit u) => _factories[u.Scenario, u.Point, u.Strategy]();

    /// <summary>Reads and checks everything, or throws a <see cref="UserInputException"/> listing every problem.</summary>
    public static SweepSetup Load(string file, TextWriter? warnings = null)
    {
        if (!File.Exists(file)) throw new UserInputException($"{file}: no such file");
        var loaded = ExperimentLoader.Load(file, StrategyCatalog.Descriptors);
        if (loaded.Experiment is not { } experiment) throw Errors(loaded.Errors, file);
        return From(experiment, warnings);
    }

    /// <summary>
    /// An experiment already read (a benchmark protocol made one) made ready to run: every scenario loaded at every
    /// grid point and every strategy found, or a <see cref="UserInputException"/> listing every problem.
    /// </summary>
    public static SweepSetup From(Experiment experiment, TextWriter? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        string file = experiment.File;
        var errors = new List<ScenarioError>();
        var bare = experiment.Scenarios.Select(s => ScenarioLoader.Load(s, StrategyCatalog.Descriptors)).ToArray();
        foreach (var b in bare) errors.AddRange(b.Errors);
        if (errors.Count > 0) throw Errors(errors, file);
        var plan = new ExperimentPlan(experiment, bare.Select(b => b.Scenario!.Seed).ToArray());
        var scenarios = new Scenario[experiment.Scenarios.Count, plan.Points.Count];
        for (int s = 0; s < experiment.Scenarios.Count; s++)
        {
            foreach (var point in plan.Points)
            {
                var result = ScenarioLoader.Load(experiment.Scenarios[s], point.Overrides, StrategyCatalog.Descriptors);
                if (result.Scenario is { } scenario) scenarios[s, point.Index] = scenario;
                else errors.AddRange(result.Errors);
            }
        }
        if (errors.Count > 0) throw Errors(errors.Distinct().ToList(), file);
        var factories = new Func<IStrategy>[experiment.Scenarios.Count, plan.Points.Count, experiment.Strategies.Count];
        for (int s = 0; s < experiment.Scenarios.Count; s++)
        {
            for (int p = 0; p < plan.Points.Count; p++)
            {
                for (int k = 0; k < experiment.Strategies.Count; k++) factories[s, p, k] = StrategyCatalog.For(experiment.Strategies[k].Use, scenarios[s, p], warnings, experiment.Strategies[k].Label);
            }
        }
        var digests = experiment.Scenarios.Select(Digest).ToArray();
        var units = plan.Units.Select(u =>
        {
            var strategy = experiment.Strategies[u.Strategy];
            string key = string.Create(CultureInfo.InvariantCulture,
                $"{plan.ScenarioLabels[u.Scenario]} sha256:{digests[u.Scenario]} | {plan.Points[u.Point].Label} | {strategy.Label}: {strategy.Use} | seed {u.Seed} | replication {u.Replication}");
            return new PlannedUnit(u, key, plan.ScenarioLabels[u.Scenario], strategy.Label);
        }).ToArray();
        return new SweepSetup(plan, scenarios, factories, units);
    }

    /// <summary>
    /// A sweep of scenarios made in memory, one per grid point of a one-scenario plan (a criticality study changes the
    /// loaded scenario itself), all under one strategy; <paramref name="units"/> are those of the plan to run, with their keys.
    /// </summary>
    public static SweepSetup OfPoints(ExperimentPlan plan, IReadOnlyList<Scenario> scenarioAtPoint, Func<IStrategy> strategy, IReadOnlyList<PlannedUnit> units)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scenarioAtPoint);
        var scenarios = new Scenario[1, plan.Points.Count];
        var factories = new Func<IStrategy>[1, plan.Points.Count, 1];
        for (int p = 0; p < plan.Points.Count; p++)
        {
            scenarios[0, p] = scenarioAtPoint[p];
            factories[0, p, 0] = strategy;
        }
        return new SweepSetup(plan, scenarios, factories, units);
    }

    /// <summary>The first 16 hex digits of a file's SHA-256, as unit keys name a scenario file.</summary>
    public static string Digest(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))[..16];

    private static UserInputException Errors(IReadOnlyList<ScenarioError> errors, string file)
    {
        int n = errors.Count;
        return new UserInputException($"{string.Join("\n", errors)}\n{n} error{(n == 1 ? "" : "s")} in {file} or its scenarios; nothing was run.");
    }
}
