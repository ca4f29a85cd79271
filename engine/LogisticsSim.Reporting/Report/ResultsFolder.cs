// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Reporting.Files;
using LogisticsSim.Reporting.Planning;

namespace LogisticsSim.Reporting.Report;

/// <summary>
/// Whatever results an output folder holds, read and checked: summary.json and requests.csv (run),
/// legs.csv (run, with chains), compare.json (compare), results.json (merge), leaderboard.json and timings.csv (benchmark), timeline.csv and flows.csv (chart data), capacity_curve.csv and
/// plan.json (plan), and scenario.yaml (the scenario as run). A report and its charts are made from
/// this alone, so `report DIR` rebuilds them from a finished folder.
/// </summary>
public sealed class ResultsFolder
{
    public const string ScenarioFileName = "scenario.yaml";
    public const string PlanFileName = PlanJsonReader.FileName;

    private ResultsFolder(string label) => Label = label;

    /// <summary>The folder, as named in messages.</summary>
    public string Label { get; }

    public Scenario? Scenario { get; private set; }
    public string? ScenarioYaml { get; private set; }
    public RunResults? Run { get; private set; }
    public ComparisonResults? Comparison { get; private set; }

    /// <summary>A merged experiment (results.json from `merge`), when the folder has one.</summary>
    public ExperimentResults? Experiment { get; private set; }

    /// <summary>A benchmark's leaderboard (leaderboard.json, with timings.csv's seconds), when the folder has one.</summary>
    public LeaderboardResults? Leaderboard { get; private set; }

    /// <summary>A criticality study's ranking (criticality.json), when the folder has one.</summary>
    public CriticalityResults? Criticality { get; private set; }
    public IReadOnlyList<RequestRecord> Requests { get; private set; } = [];

    /// <summary>legs.csv's rows, when the run carried chains.</summary>
    public IReadOnlyList<LegRecord> Legs { get; private set; } = [];
    public IReadOnlyList<StrategyTimeline> Timelines { get; private set; } = [];
    public IReadOnlyList<CapacityCurve> CapacityCurves { get; private set; } = [];
    public string? PlanJson { get; private set; }

    /// <summary>plan.json as the report shows it, when the folder has one.</summary>
    public PlanResults? Plan { get; private set; }

    /// <summary>Reads the folder; throws <see cref="ReportInputException"/> when it holds no results or a file is bad.</summary>
    public static ResultsFolder Load(string directory)
    {
        if (!Directory.Exists(directory)) throw new ReportInputException($"{directory}: no such folder; expected the --out folder of run, compare, plan, sweep, benchmark or criticality");
        string[] names = [ResultsJson.SummaryFileName, ResultsJson.ComparisonFileName, ResultsJson.ExperimentFileName, RequestsCsv.FileName, LegsCsv.FileName, TimelineCsv.FileName, FlowsCsv.FileName,
            CapacityCurveCsv.FileName, PlanFileName, ScenarioFileName, LeaderboardJson.FileName, LeaderboardJson.TimingsFileName, CriticalityJson.FileName];
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string name in names)
        {
            string path = Path.Combine(directory, name);
            if (File.Exists(path)) files[name] = File.ReadAllText(path);
        }
        return FromFiles(directory, files);
    }

    /// <summary>The same from file contents in memory (a command that has not written its files yet).</summary>
    public static ResultsFolder FromFiles(string label, IReadOnlyDictionary<string, string> files)
    {
        var folder = new ResultsFolder(label);
        string Where(string name) => Path.Combine(label, name);
        if (!files.ContainsKey(ResultsJson.SummaryFileName) && !files.ContainsKey(ResultsJson.ComparisonFileName) && !files.ContainsKey(ResultsJson.ExperimentFileName)
            && !files.ContainsKey(CapacityCurveCsv.FileName) && !files.ContainsKey(PlanFileName) && !files.ContainsKey(LeaderboardJson.FileName)
            && !files.ContainsKey(CriticalityJson.FileName))
        {
            throw new ReportInputException($"{label}: found no results, expected {ResultsJson.SummaryFileName} (from run --out), {ResultsJson.ComparisonFileName} (from compare --out), {ResultsJson.ExperimentFileName} (from merge) or {CapacityCurveCsv.FileName} or {PlanFileName} (from plan --out) or {CriticalityJson.FileName} (from criticality --out)");
        }
        if (files.TryGetValue(ScenarioFileName, out var yaml))
        {
            var loaded = ScenarioLoader.LoadFromText(yaml, Where(ScenarioFileName));
            folder.Scenario = loaded.Scenario ?? throw new ReportInputException(loaded.ErrorReport);
            folder.ScenarioYaml = yaml;
        }
        if (files.TryGetValue(ResultsJson.SummaryFileName, out var summary)) folder.Run = ResultsJson.ReadSummary(summary, Where(ResultsJson.SummaryFileName));
        if (files.TryGetValue(ResultsJson.ComparisonFileName, out var compare)) folder.Comparison = ResultsJson.ReadComparison(compare, Where(ResultsJson.ComparisonFileName));
        if (files.TryGetValue(ResultsJson.ExperimentFileName, out var merged)) folder.Experiment = ResultsJson.ReadExperiment(merged, Where(ResultsJson.ExperimentFileName));
        if (files.TryGetValue(LeaderboardJson.FileName, out var board))
        {
            folder.Leaderboard = LeaderboardJson.Read(board, Where(LeaderboardJson.FileName), files.GetValueOrDefault(LeaderboardJson.TimingsFileName), Where(LeaderboardJson.TimingsFileName));
        }
        if (files.TryGetValue(CriticalityJson.FileName, out var criticality)) folder.Criticality = CriticalityJson.Read(criticality, Where(CriticalityJson.FileName));
        if (files.TryGetValue(RequestsCsv.FileName, out var requests)) folder.Requests = RequestsCsv.Read(requests, Where(RequestsCsv.FileName));
        if (files.TryGetValue(LegsCsv.FileName, out var legs)) folder.Legs = LegsCsv.Read(legs, Where(LegsCsv.FileName));
        var flows = files.TryGetValue(FlowsCsv.FileName, out var flowText) ? FlowsCsv.Read(flowText, Where(FlowsCsv.FileName)) : [];
        if (files.TryGetValue(TimelineCsv.FileName, out var timeline)) folder.Timelines = TimelineCsv.Read(timeline, Where(TimelineCsv.FileName), flows);
        if (files.TryGetValue(CapacityCurveCsv.FileName, out var curve)) folder.CapacityCurves = CapacityCurveCsv.Read(curve, Where(CapacityCurveCsv.FileName));
        if (files.TryGetValue(PlanFileName, out var plan))
        {
            folder.PlanJson = plan;
            folder.Plan = PlanJsonReader.Read(plan, Where(PlanFileName));
        }
        return folder;
    }

    /// <summary>The scenario's name, from whichever file names it.</summary>
    public string ScenarioName => Scenario?.Name ?? Run?.Scenario ?? Comparison?.Scenario ?? Experiment?.Experiment ?? Leaderboard?.Suite ?? Criticality?.Scenario ?? "scenario";
}
