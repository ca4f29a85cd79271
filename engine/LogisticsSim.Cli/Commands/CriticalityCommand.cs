// SPDX-License-Identifier: Apache-2.0
using System.CommandLine;
using System.Globalization;
using LogisticsSim.Cli.Criticality;
using LogisticsSim.Cli.Output;
using LogisticsSim.Cli.Sweeps;
using LogisticsSim.Core.Experiments.Criticality;
using LogisticsSim.Core.Text;
using LogisticsSim.Reporting.Files;
using LogisticsSim.Kernel;

namespace LogisticsSim.Cli.Commands;

/// <summary>
/// `logisticssim criticality SCENARIO --out DIR [--targets ...] [--disruption ...] [--gains]`: each link, node, fleet entry
/// and stock entry changed in turn, run on the baseline's replications, and ranked by what the change does to the
/// objective. Runs as a sweep underneath: resumable (a re-run skips what is done) and shardable.
/// </summary>
public static class CriticalityCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = new Argument<string?>("scenario") { Description = "Scenario file (YAML); the shipped Idai-Beira scenario when left out.", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<string>("--out", "-o") { Description = "Folder for criticality.json/.csv/.md, the tornado chart, the map, units/ and scenario.yaml.", Required = true };
        var targets = new Option<string>("--targets") { Description = "Kinds of target, comma-separated: links, nodes, fleet, stock.", DefaultValueFactory = _ => "links,nodes,fleet,stock" };
        var disruption = new Option<string>("--disruption") { Description = "What happens to each link or node: closed, slowed=F (F > 1) or capacity=F (a node's handling times F, 0 < F < 1).", DefaultValueFactory = _ => "closed" };
        var from = new Option<string>("--from") { Description = "When each disruption starts (e.g. 0h, 2d).", DefaultValueFactory = _ => "0h" };
        var duration = new Option<string?>("--for") { Description = "How long each disruption lasts (e.g. 5d; default: to the horizon)." };
        var gains = new Option<bool>("--gains") { Description = "Rank additions instead: each fleet entry +1 unit, each stock entry +50%, each storage node +50% room, each hazard-prone link without its hazards." };
        var replications = new Option<int>("--replications", "-r") { Description = "Replications of the baseline and of each change, the same ones.", DefaultValueFactory = _ => 10 };
        var strategy = new Option<string?>("--strategy", "-s") { Description = "Allocation strategy (default: the scenario's)." };
        var seed = new Option<long?>("--seed") { Description = "Master seed (default: the scenario's)." };
        var threads = new Option<int?>("--threads") { Description = "Threads at most (default: all cores); results do not depend on it." };
        var shard = new Option<string?>("--shard") { Description = "Run only shard i of n (i/n); then the same command without --shard writes the tables." };
        var allLinks = new Option<bool>("--all-links") { Description = "Run every link, also those that carried nothing in any baseline replication (screened out otherwise)." };
        var command = new Command("criticality", "Rank every link, node, fleet entry and stock entry by what losing it (or, with --gains, adding to it) does to the objective.")
        {
            scenario, output, targets, disruption, from, duration, gains, replications, strategy, seed, threads, shard, allLinks,
        };
        command.SetAction(parsed =>
        {
            var spec = SweepCommand.Shard(parsed.GetValue(shard));
            SweepCommand.Threads(parsed.GetValue(threads));
            int reps = parsed.GetValue(replications);
            if (reps < 2) throw new UserInputException($"error: --replications: found {reps}, expected a whole number >= 2 (intervals need two)");
            var request = new CriticalityRequest(ScenarioFiles.Resolve(parsed.GetValue(scenario)), Kinds(parsed.GetValue(targets)!),
                Disruption(parsed.GetValue(disruption)!), Time(parsed.GetValue(from)!, "--from", allowZero: true),
                parsed.GetValue(duration) is { } d ? Time(d, "--for", allowZero: false) : null, parsed.GetValue(gains), reps,
                parsed.GetValue(strategy), parsed.GetValue(seed), parsed.GetValue(threads), parsed.GetValue(output)!, spec, !parsed.GetValue(allLinks));
            return Execute(context, request, default);
        });
        return command;
    }

    /// <summary>The command's work once its options are read: checks, runs and writes; callable from tests.</summary>
    public static int Execute(CliContext context, CriticalityRequest request, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var study = CriticalityStudy.Prepare(request, context.Error);
        var folder = OutputDirectory.Checked(request.OutDir, "--out", [.. CriticalityFiles.Outputs, CriticalityPictures.Tornado, CriticalityPictures.Map]);
        study.CheckFolder();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var console = Consoles.For(context.Out);
        var (screened, setup, outcome) = SweepProgressBar.Run(console, progress => study.Run(progress, cancel));
        var c = CultureInfo.InvariantCulture;
        string scope = request.Shard.Count == 1 ? "" : $" (shard {request.Shard})";
        context.Out.WriteLine(string.Create(c,
            $"{study.Name}{scope}: {study.Changes.Count} change(s), {screened.Count} screened out; {outcome.Counts}; {clock.Elapsed.TotalSeconds:F1} s"));
        if (outcome.TellProblems(context.Error, "run the same command again to finish (it skips the units already done)", "run the same command again to retry them"))
        {
            return ExitCodes.InternalError;
        }
        if (request.Shard.Count > 1)
        {
            context.Out.WriteLine("when every shard has run, run the command again without --shard to write the tables");
            return ExitCodes.Ok;
        }
        var result = study.Merge(setup, screened);
        var files = new PendingFiles();
        files.Add(CriticalityJson.FileName, w => CriticalityFiles.WriteJson(w, result));
        files.Add("criticality.csv", w => CriticalityFiles.WriteCsv(w, result));
        files.Add("criticality.md", w => CriticalityFiles.WriteMarkdown(w, result));
        PictureOptions.AddScenario(files, request.ScenarioFile);
        CriticalityPictures.Add(files, study.Scenario);
        files.WriteTo(folder);
        foreach (var e in result.Entries.Take(5))
        {
            context.Out.WriteLine(string.Create(c, $"{e.Rank,3}. {e.Change.Label}: objective {KpiTable.Format(e.Objective.Mean)} [{KpiTable.Format(e.Objective.Low)}, {KpiTable.Format(e.Objective.High)}]{(e.CoversZero ? " (interval covers 0)" : "")}"));
        }
        context.Out.WriteLine($"wrote {string.Join(", ", files.Names)} to {folder.Path}");
        return ExitCodes.Ok;
    }

    /// <summary>The kinds of target named, in study order, or a located error.</summary>
    public static IReadOnlyList<string> Kinds(string text)
    {
        var named = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (string kind in named)
        {
            if (CriticalityTargets.Kinds.Contains(kind)) continue;
            string expected = DidYouMean.Suggest(kind, CriticalityTargets.Kinds) is { } near
                ? $"one of {string.Join(", ", CriticalityTargets.Kinds)} (did you mean '{near}'?)"
                : $"a comma-separated list of {string.Join(", ", CriticalityTargets.Kinds)}";
            throw new UserInputException($"error: --targets: found '{kind}', expected {expected}");
        }
        if (named.Length == 0) throw new UserInputException($"error: --targets: found '{text}', expected one or more of {string.Join(", ", CriticalityTargets.Kinds)}");
        return CriticalityTargets.Kinds.Where(named.Contains).ToArray();
    }

    private static Disruption Disruption(string text) =>
        Core.Experiments.Criticality.Disruption.TryParse(text, out var problem) ?? throw new UserInputException($"error: --disruption: {problem}");

    private static SimTime Time(string text, string option, bool allowZero)
    {
        if (!DurationText.TrySeconds(text, out double seconds) || !double.IsFinite(seconds) || seconds < 0 || (!allowZero && seconds == 0))
        {
            throw new UserInputException($"error: {option}: found '{text}', expected {(allowZero ? "a time from the start" : "a positive duration")}, such as {DurationText.Examples}");
        }
        return SimTime.FromHours(seconds / 3600);
    }
}
