// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Cli.Sweeps;
using LogisticsSim.Core.Experiments;
using LogisticsSim.Core.Experiments.Benchmarks;
using LogisticsSim.Core.Experiments.Criticality;
using LogisticsSim.Core.Experiments.Sweeps;
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Response;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Core.Timelines;
using YamlDotNet.RepresentationModel;

namespace LogisticsSim.Cli.Criticality;

/// <summary>
/// A criticality study made ready to run as a sweep: grid point 0 is the scenario as written (the baseline), point k
/// the scenario with change k, all under one strategy on the same replications. Every unit is a file under
/// <c>DIR/units/</c> keyed by everything that makes its result, so a re-run skips what is done, shards split the
/// units, and the tables come from the files alone.
/// </summary>
public sealed class CriticalityStudy
{
    /// <summary>The screening pass's record: the baseline's tonnes per link, summed over replications, with the keys they came from.</summary>
    public const string ScreeningFile = "screening.json";

    private readonly CriticalityRequest _request;
    private readonly Func<IStrategy> _strategy;
    private readonly string _strategyLabel;
    private readonly string _strategyUse;

    private CriticalityStudy(CriticalityRequest request, Scenario scenario, Func<IStrategy> strategy, string strategyLabel, string strategyUse, IReadOnlyList<ScenarioChange> changes)
    {
        _request = request;
        Scenario = scenario;
        _strategy = strategy;
        _strategyLabel = strategyLabel;
        _strategyUse = strategyUse;
        Changes = changes;
        Seed = request.Seed ?? scenario.Seed;
    }

    public Scenario Scenario { get; }

    /// <summary>Every change of the study, before screening, in target order.</summary>
    public IReadOnlyList<ScenarioChange> Changes { get; }

    public long Seed { get; }

    /// <summary>Loads the scenario and the strategy and lists the changes, or throws a <see cref="UserInputException"/> before any work.</summary>
    public static CriticalityStudy Prepare(CriticalityRequest request, TextWriter? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scenario = ScenarioFiles.Load(request.ScenarioFile);
        if (request.From >= scenario.Horizon)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture,
                $"error: --from: found {request.From.Hours:0.##}h, expected a time before the scenario's horizon ({scenario.Horizon.Hours:0.##}h)"));
        }
        var strategy = StrategyCatalog.For(request.Strategy, scenario, warnings);
        string use = request.Strategy ?? scenario.Strategy.Name;
        var changes = CriticalityTargets.Build(scenario, request.Kinds, request.Disruption, request.From, request.For, request.Gains);
        if (changes.Count == 0)
        {
            throw new UserInputException($"error: --targets: found nothing to change in {scenario.Name} for {string.Join(",", request.Kinds)}" +
                (request.Gains ? " with --gains" : $" with --disruption {request.Disruption.Text}") + ", expected at least one target");
        }
        return new CriticalityStudy(request, scenario, strategy, StrategyLabels.Of(use), StrategyCatalog.Settings(request.Strategy, scenario), changes);
    }

    /// <summary>The name under which the folder's units are recorded; a folder of another study is refused.</summary>
    public string Name => $"criticality-{Path.GetFileNameWithoutExtension(_request.ScenarioFile)}-{(_request.Gains ? "gains" : "losses")}";

    /// <summary>
    /// Runs the screening pass (when asked and useful), then this shard's units; returns the changes screened out,
    /// and the units' outcome.
    /// </summary>
    public (IReadOnlyList<ScenarioChange> ScreenedOut, SweepSetup Setup, SweepOutcome Outcome) Run(ISweepProgress? progress, CancellationToken cancel)
    {
        var all = CheckFolder();
        var screenedOut = Screens ? ScreenLinks(all, cancel) : [];
        var setup = Setup(screenedOut.ToHashSet());
        var outcome = SweepRunner.Run(setup, _request.OutDir, _request.Shard, resume: true, _request.Threads, progress, cancel);
        return (screenedOut, setup, outcome);
    }

    /// <summary>
    /// Throws a <see cref="UserInputException"/> when the --out folder cannot take this study (a file in the way, another
    /// study's units); returns the sweep over every change, none screened out.
    /// </summary>
    public SweepSetup CheckFolder()
    {
        var all = Setup(new HashSet<ScenarioChange>());
        SweepFolder.Check(_request.OutDir, all, [.. CriticalityFiles.Outputs, ScreeningFile]);
        return all;
    }

    /// <summary>Reads every unit's result and ranks the changes; throws a <see cref="UserInputException"/> naming a missing unit.</summary>
    public CriticalityOutcome Merge(SweepSetup setup, IReadOnlyList<ScenarioChange> screenedOut)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var files = new UnitFiles(_request.OutDir);
        var byPoint = new Dictionary<int, IReadOnlyList<(string Path, double Value)>[]>();
        foreach (var unit in setup.Units)
        {
            var kpis = files.ReadResult(unit) ?? throw new UserInputException(
                $"error: {files.ResultPath(unit.Id)}: no result; run the study again (it skips the units already done) to finish it");
            if (!byPoint.TryGetValue(unit.Unit.Point, out var reps)) byPoint[unit.Unit.Point] = reps = new IReadOnlyList<(string, double)>[_request.Replications];
            reps[unit.Unit.Replication] = kpis;
        }
        var baseline = byPoint[0];
        var changes = Changes.Select((c, i) => (c, Point: i + 1)).Where(x => byPoint.ContainsKey(x.Point))
            .Select(x => (x.c, (IReadOnlyList<IReadOnlyList<(string Path, double Value)>>)byPoint[x.Point])).ToArray();
        var entries = CriticalityRanking.Rank(baseline, changes);
        var aggregated = RunSummary.Aggregate(baseline).ToDictionary(a => a.Path, a => a.Interval, StringComparer.Ordinal);
        var baselineKpis = CriticalityRanking.Kpis.Where(aggregated.ContainsKey).Select(k => (k, aggregated[k])).ToArray();
        return new CriticalityOutcome(Scenario.Name, _strategyLabel, Seed, _request.Replications, _request.Gains, _request.Disruption.Text, baselineKpis, entries, screenedOut);
    }

    /// <summary>Screening applies to a study of losses over links: an addition can put an idle link to use.</summary>
    private bool Screens => _request.Screen && !_request.Gains && Changes.Any(c => c is ScenarioChange.Disrupted { Link: not null });

    /// <summary>
    /// Runs the baseline's replications, recording each as the unit it is (so the sweep then skips them) and the tonnes
    /// along each link; the link changes whose link carried nothing in any replication are screened out. A study run
    /// again reads the record of an earlier pass when its keys match.
    /// </summary>
    private IReadOnlyList<ScenarioChange> ScreenLinks(SweepSetup all, CancellationToken cancel)
    {
        var baseline = all.Units.Where(u => u.Unit.Point == 0).ToArray();
        var files = new UnitFiles(_request.OutDir);
        var tonnes = ScreeningRecord.Read(_request.OutDir, baseline);
        if (tonnes is null || baseline.Any(u => files.ReadResult(u) is null))
        {
            var step = TimelineGrid.DefaultStep(Scenario.Horizon);
            var flows = new IReadOnlyList<LinkFlow>[baseline.Length];
            Directory.CreateDirectory(files.Folder);
            var options = new ParallelOptions { MaxDegreeOfParallelism = _request.Threads ?? -1, CancellationToken = cancel };
            Parallel.For(0, baseline.Length, options, i =>
            {
                var unit = baseline[i];
                var strategy = _strategy();
                try
                {
                    var result = new ResponseModel(Scenario, strategy, unit.Unit.Replication, unit.Unit.Seed, step).Run();
                    files.WriteResult(unit, KpiVector.Of(result.Kpis));
                    flows[i] = result.Timeline!.LinkTonnes;
                }
                finally
                {
                    (strategy as IDisposable)?.Dispose();
                }
            });
            tonnes = Scenario.Network.Links.ToDictionary(l => l.Id.Value, _ => 0.0, StringComparer.Ordinal);
            foreach (var flow in flows.SelectMany(f => f)) tonnes[flow.Link] = tonnes.GetValueOrDefault(flow.Link) + flow.Tonnes;
            ScreeningRecord.Write(_request.OutDir, baseline, tonnes);
        }
        var idle = CriticalityTargets.Idle(Scenario, [tonnes.Select(kv => (kv.Key, kv.Value))]);
        return Changes.Where(c => c is ScenarioChange.Disrupted { Link: { } link } && idle.Contains(link)).ToArray();
    }

    /// <summary>The sweep: the plan over every point, and the units of the points not screened out, numbered afresh for sharding.</summary>
    private SweepSetup Setup(IReadOnlySet<ScenarioChange> screened)
    {
        string file = _request.ScenarioFile;
        var overrides = new List<ScenarioOverride> { Override("baseline") };
        overrides.AddRange(Changes.Select(c => Override(c.Label)));
        var experiment = new Experiment(Name, file, [file], [new ExperimentStrategy(_strategyLabel, _strategyUse)],
            [new GridAxis("target", overrides)], _request.Replications, Seed);
        var plan = new ExperimentPlan(experiment, [Scenario.Seed]);
        var scenarios = new List<Scenario> { Scenario };
        scenarios.AddRange(Changes.Select(c => c.Apply(Scenario)));
        string digest = SweepSetup.Digest(file);
        string window = string.Create(CultureInfo.InvariantCulture, $"from {_request.From.Hours}h for {_request.For?.Hours.ToString(CultureInfo.InvariantCulture) ?? "the rest"}");
        var kept = new List<PlannedUnit>();
        foreach (var u in plan.Units)
        {
            if (u.Point > 0 && screened.Contains(Changes[u.Point - 1])) continue;
            string point = u.Point == 0 ? "baseline" : $"{Changes[u.Point - 1].Label} ({window})";
            string key = string.Create(CultureInfo.InvariantCulture,
                $"{plan.ScenarioLabels[0]} sha256:{digest} | {point} | {_strategyLabel}: {_strategyUse} | seed {u.Seed} | replication {u.Replication}");
            kept.Add(new PlannedUnit(u with { Index = kept.Count }, key, plan.ScenarioLabels[0], _strategyLabel));
        }
        return SweepSetup.OfPoints(plan, scenarios, _strategy, kept);

        ScenarioOverride Override(string label) => new("target", new YamlScalarNode(label), label, file, 0, 0);
    }
}
