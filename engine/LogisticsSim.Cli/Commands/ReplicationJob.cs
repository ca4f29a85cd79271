// SPDX-License-Identifier: Apache-2.0
using System.CommandLine;
using LogisticsSim.Cli.Output;
using LogisticsSim.Core.Experiments;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Core.Timelines;
using LogisticsSim.Reporting.Files;
using Spectre.Console;

namespace LogisticsSim.Cli.Commands;

/// <summary>
/// The skeleton `run` and `compare` share: check the options and the output folder, load the scenario,
/// simulate the strategies on the same replications (in batches up to a precision target when one is given)
/// with a progress bar, and write the results, the chart data, the pictures asked for and the manifest.
/// </summary>
public sealed class ReplicationJob
{
    private readonly ParseResult _parsed;
    private readonly ReplicationOptions _options;
    private readonly CommandOutput _output;
    private readonly PrecisionTarget? _target;
    private readonly int _maxReplications;
    private readonly TextWriter _writer;

    private ReplicationJob(ParseResult parsed, ReplicationOptions options, CommandOutput output, int replications, PrecisionTarget? target, int maxReplications, TextWriter writer)
    {
        _parsed = parsed;
        _options = options;
        _output = output;
        Replications = replications;
        _target = target;
        _maxReplications = maxReplications;
        _writer = writer;
        Console = Consoles.For(writer);
    }

    /// <summary>Replications asked for: all of them, or the batch size with a precision target.</summary>
    public int Replications { get; }

    public IAnsiConsole Console { get; }

    /// <summary>The time step of the recorded timelines: only when there is a folder to write them to.</summary>
    public Kernel.SimTime? TimelineStep { get; private set; }

    /// <summary>
    /// Checks the options (at least <paramref name="minimum"/> replications, for the reason <paramref name="why"/>) and the
    /// folder where the command will write <paramref name="resultFiles"/> beside the chart data, the scenario and the
    /// manifest, before anything else, or throws a <see cref="UserInputException"/>.
    /// </summary>
    public static ReplicationJob Start(string command, ParseResult parsed, ReplicationOptions options, PictureOptions pictures, CliContext context,
        int minimum, string why, params string[] resultFiles)
    {
        int reps = options.CheckedReplications(parsed, minimum, why);
        var (target, max) = options.CheckedPrecision(parsed, reps);
        var output = CommandOutput.Start(command, parsed, parsed.GetValue(options.Output), pictures, [.. resultFiles, TimelineCsv.FileName, FlowsCsv.FileName]);
        return new ReplicationJob(parsed, options, output, reps, target, max, context.Out);
    }

    /// <summary>The scenario named on the command line (the shipped default when none is).</summary>
    public Scenario Load()
    {
        var loaded = ScenarioFiles.Load(_parsed.GetValue(_options.Scenario));
        TimelineStep = _output.Folder is null ? null : TimelineGrid.DefaultStep(loaded.Horizon);
        return loaded;
    }

    /// <summary>Runs every strategy on the same replications, numbered from 0: one batch, or batches until the precision target is met.</summary>
    public (IReadOnlyList<RunSummary> Runs, PrecisionOutcome? Precision) Simulate(Scenario scenario, IReadOnlyList<Func<IStrategy>> strategies)
    {
        _output.Manifest.EndPhase("load");
        long? seed = _parsed.GetValue(_options.Seed);
        int? threads = _parsed.GetValue(_options.Threads);
        var result = Progress.Run(Console, _maxReplications * strategies.Count, progress =>
            ReplicationBatches.Run(strategies.Count, Replications, _target, _maxReplications, (s, first, count) =>
            {
                var run = ReplicationRunner.Run(scenario, strategies[s], count, seed, threads, progress, timelineStep: TimelineStep, firstReplication: first);
                if (first == 0 && _target is { } t && !run.Kpis.Any(k => k.Path == t.Kpi))
                {
                    throw new UserInputException($"error: --precision: found no KPI '{t.Kpi}' in the results of {scenario.Name}, expected one of {string.Join(", ", run.Kpis.Select(k => k.Path))}");
                }
                return run;
            }));
        _output.Manifest.EndPhase("simulate");
        return result;
    }

    /// <summary>Says how a run to a precision target ended, when there was one.</summary>
    public void Print(PrecisionOutcome? precision, IReadOnlyList<RunSummary> runs)
    {
        // Straight to the writer: a console would wrap the lines at its width.
        if (precision is not null) _writer.WriteLine(PrecisionReport.Lines(precision, runs.Select(r => r.Strategy).ToArray()));
    }

    /// <summary>
    /// When there is a folder: the results <paramref name="addResults"/> makes, the chart data and pictures, and the manifest
    /// with the scenario file, the command's own <paramref name="settings"/>, the seed and the replications.
    /// </summary>
    public void Write(TextWriter output, Scenario scenario, IReadOnlyList<RunSummary> runs, PrecisionOutcome? precision,
        Action<PendingFiles> addResults, Action<Dictionary<string, object?>> settings)
    {
        if (_output.Folder is null) return;
        string scenarioFile = ScenarioFiles.Resolve(_parsed.GetValue(_options.Scenario));
        var manifest = _output.Manifest.Settings;
        manifest["scenario_file"] = scenarioFile;
        settings(manifest);
        manifest["seed"] = runs[0].Seed;
        manifest["replications"] = runs[0].Replications.Count;
        if (precision is not null)
        {
            manifest["precision"] = precision.Target.ToString();
            manifest["max_replications"] = precision.MaxReplications;
        }
        manifest["timeline_step_h"] = TimelineStep!.Value.Hours;
        var timelines = runs.Select(r => new StrategyTimeline(r.Strategy, r.MeanTimeline!)).ToArray();
        _output.Write(output, scenario, scenarioFile, timelines, addResults);
    }
}
