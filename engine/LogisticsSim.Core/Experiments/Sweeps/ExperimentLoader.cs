// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Scenarios.Reading;
using LogisticsSim.Core.Strategies;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LogisticsSim.Core.Experiments.Sweeps;

/// <summary>
/// Reads an experiment file the way <see cref="ScenarioLoader"/> reads a scenario: the same YAML safety
/// pass, and every problem reported at once as <c>file:line:col: path: found X, expected Y</c>.
/// </summary>
public static partial class ExperimentLoader
{
    /// <summary>The keys an experiment file may hold.</summary>
    public static readonly string[] Keys = ["experiment", "description", "scenarios", "strategies", "grid", "replications", "seed"];

    /// <summary>Reads the file at <paramref name="path"/>; scenario paths are taken relative to its folder.</summary>
    /// <param name="path">The experiment file.</param>
    /// <param name="strategies">The strategies to check each <c>strategies</c> entry against (name and bracket options); null for no check.</param>
    public static ExperimentLoadResult Load(string path, StrategyDescriptors? strategies = null)
    {
        string text;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > ScenarioLoader.MaxFileBytes) return Fail(path, "a file over 16 MiB", "an experiment file of at most 16 MiB");
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Fail(path, $"no readable file ({e.Message.TrimEnd('.')})", "an experiment file that exists and can be read");
        }
        return LoadFromText(text, path, Path.GetDirectoryName(Path.GetFullPath(path))!, strategies);
    }

    /// <summary>Reads experiment text; <paramref name="folder"/> is where relative scenario paths start.</summary>
    /// <param name="text">The experiment.</param>
    /// <param name="fileName">The file name errors give.</param>
    /// <param name="folder">Where relative scenario paths start.</param>
    /// <param name="strategies">The strategies to check each <c>strategies</c> entry against; null for no check.</param>
    public static ExperimentLoadResult LoadFromText(string text, string fileName, string folder, StrategyDescriptors? strategies = null)
    {
        var preflight = YamlPreflight.Check(text, fileName);
        if (preflight.Count > 0) return new ExperimentLoadResult(null, preflight);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            return new ExperimentLoadResult(null, [new ScenarioError(fileName, (int)Math.Max(1, e.Start.Line), (int)Math.Max(1, e.Start.Column),
                ScenarioError.FilePath, $"malformed YAML ({e.Message.TrimEnd('.')})", "well-formed YAML")]);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return Fail(fileName, "no mapping", "an experiment: a mapping with the keys " + string.Join(", ", Keys));
        }
        var reader = new Reader(fileName, folder, strategies);
        var experiment = reader.Read(root);
        return reader.Errors.Count == 0 ? new ExperimentLoadResult(experiment, [])
            : new ExperimentLoadResult(null, reader.Errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToArray());
    }

    private static ExperimentLoadResult Fail(string file, string found, string expected) =>
        new(null, [new ScenarioError(file, 1, 1, ScenarioError.FilePath, found, expected)]);

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    internal static partial Regex LabelPattern();

    private sealed class Reader(string file, string folder, StrategyDescriptors? strategies)
    {
        public List<ScenarioError> Errors { get; } = [];

        public Experiment Read(YamlMappingNode root)
        {
            var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (keyNode, value) in root.Children)
            {
                string key = (keyNode as YamlScalarNode)?.Value ?? "?";
                if (Array.IndexOf(Keys, key) < 0) Report(keyNode, key, $"unknown key '{key}'", "one of " + string.Join(", ", Keys));
                else values[key] = value;
            }
            string name = values.TryGetValue("experiment", out var n) ? Scalar(n, "experiment", "a name") ?? "" : Path.GetFileNameWithoutExtension(file);
            var scenarios = ReadScenarios(values.GetValueOrDefault("scenarios"), root);
            var strategies = ReadStrategies(values.GetValueOrDefault("strategies"), root);
            var grid = values.TryGetValue("grid", out var g) ? ReadGrid(g) : [];
            int replications = values.TryGetValue("replications", out var r) ? Int(r, "replications") ?? 1 : 10;
            long? seed = values.TryGetValue("seed", out var s) ? Long(s, "seed") : null;
            return new Experiment(name, file, scenarios, strategies, grid, replications, seed);
        }

        private List<string> ReadScenarios(YamlNode? node, YamlNode root)
        {
            var list = new List<string>();
            if (node is null)
            {
                Report(root, "scenarios", "nothing", "a list of scenario files");
                return list;
            }
            if (node is not YamlSequenceNode seq || seq.Children.Count == 0)
            {
                Report(node, "scenarios", ReadContext.Describe(node), "a list of one or more scenario files");
                return list;
            }
            var labels = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < seq.Children.Count; i++)
            {
                string path = $"scenarios[{i}]";
                if (Scalar(seq.Children[i], path, "a scenario file path") is not { } value) continue;
                string full = Path.GetFullPath(Path.Combine(folder, value));
                string label = Path.GetFileNameWithoutExtension(full);
                if (!File.Exists(full)) Report(seq.Children[i], path, $"'{value}', which does not exist", "a scenario file, relative to the experiment file");
                else if (!LabelPattern().IsMatch(label)) Report(seq.Children[i], path, $"file name '{label}'", "a file name of letters, digits, '-' and '_' (it names the results)");
                else if (!labels.Add(label)) Report(seq.Children[i], path, $"a second scenario named '{label}'", "scenario files with different names");
                list.Add(full);
            }
            return list;
        }

        private List<ExperimentStrategy> ReadStrategies(YamlNode? node, YamlNode root)
        {
            var list = new List<ExperimentStrategy>();
            if (node is not YamlSequenceNode seq || seq.Children.Count == 0)
            {
                Report(node ?? root, "strategies", node is null ? "nothing" : ReadContext.Describe(node), "a list of one or more strategies, e.g. [fcfs, priority]");
                return list;
            }
            for (int i = 0; i < seq.Children.Count; i++)
            {
                string path = $"strategies[{i}]";
                var entry = seq.Children[i];
                string? label, use;
                YamlNode useNode = entry;
                string usePath = path;
                if (entry is YamlMappingNode map)
                {
                    label = map.Children.TryGetValue(new YamlScalarNode("name"), out var l) ? Scalar(l, path + ".name", "a name") : null;
                    use = map.Children.TryGetValue(new YamlScalarNode("use"), out var u) ? Scalar(u, path + ".use", "a strategy, e.g. exec:python3 policy.py") : null;
                    (useNode, usePath) = (u ?? entry, path + ".use");
                    if (label is null || use is null)
                    {
                        Report(map, path, "a mapping without name or use", "{name: LABEL, use: STRATEGY}");
                        continue;
                    }
                }
                else
                {
                    label = use = Scalar(entry, path, "a strategy name, or {name: LABEL, use: STRATEGY}");
                    if (use is null) continue;
                }
                if (strategies is not null && !Checked(useNode, usePath, use!)) continue;
                if (!LabelPattern().IsMatch(label!)) Report(entry, path, $"'{label}'", "a name of letters, digits, '-' and '_' (write {name: LABEL, use: " + label + "})");
                else if (list.Any(s => s.Label == label)) Report(entry, path, $"a second strategy named '{label}'", "different names");
                else list.Add(new ExperimentStrategy(label!, use!));
            }
            return list;
        }

        /// <summary>True when the strategy is known and its bracket options are right; otherwise each problem is reported at it.</summary>
        private bool Checked(YamlNode node, string path, string use)
        {
            strategies!.Resolve(use, [], out var problems);
            foreach (var p in problems) Report(node, path, p.FoundWithOption, p.Expected);
            return problems.Count == 0;
        }

        private List<GridAxis> ReadGrid(YamlNode node)
        {
            var axes = new List<GridAxis>();
            if (node is not YamlMappingNode map)
            {
                Report(node, "grid", ReadContext.Describe(node), "a mapping of scenario field paths to lists of values, e.g. fleet[truck10].count: [10, 20]");
                return axes;
            }
            foreach (var (keyNode, valuesNode) in map.Children)
            {
                string field = (keyNode as YamlScalarNode)?.Value ?? "";
                string path = $"grid.{field}";
                if (ScenarioOverrides.Parse(field) is null)
                {
                    Report(keyNode, path, $"'{field}'", "a field path such as fleet[truck10].count or hazards[0].duration");
                    continue;
                }
                if (valuesNode is not YamlSequenceNode values || values.Children.Count == 0)
                {
                    Report(valuesNode, path, ReadContext.Describe(valuesNode), "a list of one or more values");
                    continue;
                }
                axes.Add(new GridAxis(field, values.Children.Select(v =>
                    new ScenarioOverride(field, v, ScenarioOverrides.Text(v), file, Line(v), Column(v))).ToArray()));
            }
            return axes;
        }

        private string? Scalar(YamlNode node, string path, string expected)
        {
            if (node is YamlScalarNode { Value: { Length: > 0 } v }) return v;
            Report(node, path, ReadContext.Describe(node), expected);
            return null;
        }

        private int? Int(YamlNode node, string path)
        {
            if (node is YamlScalarNode { Value: { } v } && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out int x) && x >= 1) return x;
            Report(node, path, ReadContext.Describe(node), "a whole number >= 1");
            return null;
        }

        private long? Long(YamlNode node, string path)
        {
            if (node is YamlScalarNode { Value: { } v } && long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long x)) return x;
            Report(node, path, ReadContext.Describe(node), "a whole number");
            return null;
        }

        private void Report(YamlNode node, string path, string found, string expected) =>
            Errors.Add(new ScenarioError(file, Line(node), Column(node), path, found, expected));

        private static int Line(YamlNode node) => (int)Math.Max(1, node.Start.Line);

        private static int Column(YamlNode node) => (int)Math.Max(1, node.Start.Column);
    }
}
