// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Experiments.Sweeps;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Scenarios.Reading;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Core.Text;
using YamlDotNet.RepresentationModel;

namespace LogisticsSim.Core.Experiments.Benchmarks;

/// <summary>
/// Reads a benchmark protocol as an experiment file is read: the same YAML safety pass, the same checks of
/// scenario files and strategies, and every problem at once, located (<c>protocol.yaml:12:3: budgets.fcfs.solution_limit:
/// found unknown option 'solution_limit' for strategy 'fcfs', expected no options: 'fcfs' takes none</c>).
/// </summary>
public static class ProtocolLoader
{
    /// <summary>The keys a protocol may hold; the first five are required.</summary>
    public static readonly string[] Keys = ["suite", "seed", "replications", "scenarios", "strategies", "description", "budgets", "baseline", "reference"];

    /// <summary>Reads a protocol file, or the <c>protocol.yaml</c> of a suite's folder; scenario paths are relative to the file.</summary>
    /// <param name="path">A protocol file or a suite's folder.</param>
    /// <param name="strategies">The strategies the program knows: every name, option and budget is checked against them.</param>
    public static ProtocolLoadResult Load(string path, StrategyDescriptors strategies)
    {
        ArgumentNullException.ThrowIfNull(path);
        string file = Directory.Exists(path) ? Path.Combine(path, BenchmarkProtocol.FileName) : path;
        if (Directory.Exists(path) && !System.IO.File.Exists(file))
        {
            return new ProtocolLoadResult(null, [new ScenarioError(path, 1, 1, ScenarioError.FilePath, $"a folder without {BenchmarkProtocol.FileName}",
                $"a suite's folder holding {BenchmarkProtocol.FileName}, or a protocol file")]);
        }
        if (YamlFile.Read(file, "a protocol file", out var errors) is not { } text) return new ProtocolLoadResult(null, errors);
        return LoadFromText(text, file, Path.GetDirectoryName(Path.GetFullPath(file))!, strategies);
    }

    /// <summary>
    /// True when <paramref name="path"/> is a suite's folder, a file named protocol.yaml, or a YAML file whose top level has
    /// a <c>suite</c> key (an experiment's has <c>experiment</c>): what `slurm` runs as a benchmark rather than as a sweep.
    /// </summary>
    public static bool IsProtocol(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path) || Path.GetFileName(path) == BenchmarkProtocol.FileName) return true;
        if (!System.IO.File.Exists(path) || YamlFile.Read(path, "a file", out _) is not { } text) return false;
        return YamlFile.Root(text, path, "a mapping", out _) is { } root && root.Children.ContainsKey(new YamlScalarNode("suite"));
    }

    /// <summary>Reads protocol text; <paramref name="folder"/> is where relative scenario paths start.</summary>
    public static ProtocolLoadResult LoadFromText(string text, string fileName, string folder, StrategyDescriptors strategies)
    {
        ArgumentNullException.ThrowIfNull(strategies);
        if (YamlFile.Root(text, fileName, "a protocol: a mapping with the keys " + string.Join(", ", Keys), out var errors) is not { } root)
        {
            return new ProtocolLoadResult(null, errors);
        }
        var reader = new ExperimentReader(fileName, folder, strategies, "the protocol file");
        var protocol = Read(reader, root, strategies);
        return reader.Errors.Count == 0 ? new ProtocolLoadResult(protocol, []) : new ProtocolLoadResult(null, reader.SortedErrors);
    }

    private static BenchmarkProtocol Read(ExperimentReader reader, YamlMappingNode root, StrategyDescriptors descriptors)
    {
        var values = reader.Keys(root, Keys);
        foreach (var (key, expected) in new[] { ("suite", "the suite's name"), ("seed", "the master seed, a whole number"), ("replications", "a whole number >= 1") })
        {
            if (!values.ContainsKey(key)) reader.Report(root, key, "nothing", expected);
        }
        string suite = values.TryGetValue("suite", out var s) ? Label(reader, s, "suite", "the suite's name") ?? "" : "";
        string? description = values.TryGetValue("description", out var d) ? reader.Scalar(d, "description", "one line") : null;
        long seed = values.TryGetValue("seed", out var seedNode) ? reader.Long(seedNode, "seed") ?? 0 : 0;
        int replications = values.TryGetValue("replications", out var r) ? reader.Int(r, "replications") ?? 1 : 1;
        var scenarios = reader.ReadScenarios(values.GetValueOrDefault("scenarios"), root);
        var strategiesNode = values.GetValueOrDefault("strategies");
        var strategies = reader.ReadStrategies(strategiesNode, root, StrategyLabels.Of);
        string baseline = values.TryGetValue("baseline", out var b) ? Label(reader, b, "baseline", "a strategy's name") ?? "" : BenchmarkProtocol.DefaultBaseline;
        string reference = values.TryGetValue("reference", out var f) ? Label(reader, f, "reference", "a strategy's name") ?? "" : BenchmarkProtocol.DefaultReference;
        // Only when every strategy was read: one refused already says what is wrong.
        if (strategiesNode is YamlSequenceNode seq && strategies.Count == seq.Children.Count && baseline.Length > 0 && strategies.All(x => x.Label != baseline))
        {
            reader.Report(b ?? strategiesNode, b is null ? "strategies" : "baseline", $"no strategy '{baseline}' among the strategies",
                $"the baseline, which every other strategy is paired with, among them: add it{(b is null ? ", or name another with baseline:" : "")}"
                + DidYouMean.Hint(baseline, strategies.Select(x => x.Label)));
        }
        var budgets = values.TryGetValue("budgets", out var budgetNode) ? ReadBudgets(reader, budgetNode, strategies, descriptors) : [];
        return new BenchmarkProtocol(suite, description, reader.File, seed, replications, scenarios, strategies, budgets, baseline, reference);
    }

    private static string? Label(ExperimentReader reader, YamlNode node, string path, string what)
    {
        if (reader.Scalar(node, path, what) is not { } text) return null;
        if (ExperimentLoader.LabelPattern().IsMatch(text)) return text;
        reader.Report(node, path, $"'{text}'", what + " of letters, digits, '-' and '_'");
        return null;
    }

    /// <summary>
    /// Each budget's options, checked against its strategy: one of the protocol's (by label), or one the program knows
    /// that the command line may add. A wall-clock limit is refused: the same protocol must give the same results anywhere.
    /// </summary>
    private static Dictionary<string, IReadOnlyList<KeyValuePair<string, string>>> ReadBudgets(ExperimentReader reader, YamlNode node,
        IReadOnlyList<ExperimentStrategy> lineup, StrategyDescriptors descriptors)
    {
        var budgets = new Dictionary<string, IReadOnlyList<KeyValuePair<string, string>>>(StringComparer.Ordinal);
        if (node is not YamlMappingNode map)
        {
            reader.Report(node, "budgets", ReadContext.Describe(node), "a mapping of strategies to their search limits, e.g. ortools: {solution_limit: 30}");
            return budgets;
        }
        var known = lineup.Select(x => x.Label).Concat(descriptors.All.Where(x => x.Argument is null).Select(x => x.Name)).Distinct().ToArray();
        foreach (var (keyNode, value) in map.Children)
        {
            string label = (keyNode as YamlScalarNode)?.Value ?? "";
            string path = $"budgets.{label}";
            string? use = lineup.FirstOrDefault(x => x.Label == label)?.Use ?? (descriptors.Find(label) is { Argument: null } ? label : null);
            if (use is null)
            {
                reader.Report(keyNode, path, $"unknown strategy '{label}'", "a strategy of strategies: or one the program knows, " + DidYouMean.OneOf(known) + DidYouMean.Hint(label, known));
                continue;
            }
            if (descriptors.Describe(use, out _, out _) is not { } descriptor) continue; // refused under strategies: already
            if (value is not YamlMappingNode options)
            {
                reader.Report(value, path, ReadContext.Describe(value), "a mapping of options to counts, e.g. {solution_limit: 30}");
                continue;
            }
            var read = new List<KeyValuePair<string, string>>();
            foreach (var (optionNode, optionValue) in options.Children)
            {
                string option = (optionNode as YamlScalarNode)?.Value ?? "";
                string optionPath = $"{path}.{option}";
                if (reader.Scalar(optionValue, optionPath, "a value") is not { } text) continue;
                if (option == "time_limit")
                {
                    reader.Report(optionNode, optionPath, "time_limit, a wall-clock limit",
                        "a count such as solution_limit: a budget in wall time would make the results depend on the machine");
                }
                else if (descriptors.Check(descriptor, option, text) is { } problem)
                {
                    reader.Report(problem.UnknownOption ? optionNode : optionValue, optionPath, problem.Found, problem.Expected);
                }
                else
                {
                    read.Add(new(option, text));
                }
            }
            budgets[label] = read;
        }
        return budgets;
    }
}
