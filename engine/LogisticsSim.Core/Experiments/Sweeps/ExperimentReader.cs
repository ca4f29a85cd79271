// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Scenarios.Reading;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Core.Text;
using YamlDotNet.RepresentationModel;

namespace LogisticsSim.Core.Experiments.Sweeps;

/// <summary>
/// Reads the parts an experiment file and a benchmark protocol share (keys, scenario files, strategies,
/// whole numbers), collecting every problem located at the text that caused it rather than stopping at the first.
/// </summary>
/// <param name="file">The file name errors give.</param>
/// <param name="folder">Where relative scenario paths start.</param>
/// <param name="strategies">The strategies to check entries against; null for no check.</param>
/// <param name="fileWords">How "expected" names the file: "the experiment file".</param>
internal sealed class ExperimentReader(string file, string folder, StrategyDescriptors? strategies, string fileWords)
{
    public string File { get; } = file;

    public List<ScenarioError> Errors { get; } = [];

    /// <summary>The errors in the order of the text.</summary>
    public ScenarioError[] SortedErrors => Errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToArray();

    /// <summary>The root's values by key; an unknown key is reported with the keys allowed and the closest of them.</summary>
    public Dictionary<string, YamlNode> Keys(YamlMappingNode root, string[] keys)
    {
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in root.Children)
        {
            string key = (keyNode as YamlScalarNode)?.Value ?? "?";
            if (Array.IndexOf(keys, key) < 0) Report(keyNode, key, $"unknown key '{key}'", "one of " + string.Join(", ", keys) + DidYouMean.Hint(key, keys));
            else values[key] = value;
        }
        return values;
    }

    /// <summary>The scenario files, full paths; each must exist and have a file name that can name results, once.</summary>
    public List<string> ReadScenarios(YamlNode? node, YamlNode root)
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
            if (!System.IO.File.Exists(full)) Report(seq.Children[i], path, $"'{value}', which does not exist", $"a scenario file, relative to {fileWords}");
            else if (!ExperimentLoader.LabelPattern().IsMatch(label)) Report(seq.Children[i], path, $"file name '{label}'", "a file name of letters, digits, '-' and '_' (it names the results)");
            else if (!labels.Add(label)) Report(seq.Children[i], path, $"a second scenario named '{label}'", "scenario files with different names");
            list.Add(full);
        }
        return list;
    }

    /// <summary>
    /// The strategies: each a name as <c>--strategy</c> takes it, or <c>{name: LABEL, use: STRATEGY}</c>. A bare entry is
    /// labelled by <paramref name="label"/> when given (a protocol names <c>exec:python3 my_policy.py</c> my_policy), else by itself.
    /// </summary>
    public List<ExperimentStrategy> ReadStrategies(YamlNode? node, YamlNode root, Func<string, string>? label = null)
    {
        var list = new List<ExperimentStrategy>();
        if (node is not YamlSequenceNode seq || seq.Children.Count == 0)
        {
            Report(node ?? root, "strategies", node is null ? "nothing" : ReadContext.Describe(node), "a list of one or more strategies, e.g. [fcfs, priority]");
            return list;
        }
        for (int i = 0; i < seq.Children.Count; i++)
        {
            if (ReadStrategy(seq.Children[i], $"strategies[{i}]", label) is not { } strategy) continue;
            if (list.Any(s => s.Label == strategy.Label)) Report(seq.Children[i], $"strategies[{i}]", $"a second strategy named '{strategy.Label}'", "different names (write {name: LABEL, use: STRATEGY})");
            else list.Add(strategy);
        }
        return list;
    }

    private ExperimentStrategy? ReadStrategy(YamlNode entry, string path, Func<string, string>? derive)
    {
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
                return null;
            }
        }
        else
        {
            use = Scalar(entry, path, "a strategy name, or {name: LABEL, use: STRATEGY}");
            if (use is null) return null;
            label = derive is null ? use : derive(use);
        }
        if (strategies is not null && !Checked(useNode, usePath, use)) return null;
        if (!ExperimentLoader.LabelPattern().IsMatch(label))
        {
            Report(entry, path, $"'{label}'", "a name of letters, digits, '-' and '_' (write {name: LABEL, use: " + use + "})");
            return null;
        }
        return new ExperimentStrategy(label, use);
    }

    /// <summary>True when the strategy is known and its bracket options are right; otherwise each problem is reported at it.</summary>
    private bool Checked(YamlNode node, string path, string use)
    {
        strategies!.Resolve(use, [], out var problems);
        foreach (var p in problems) Report(node, path, p.FoundWithOption, p.Expected);
        return problems.Count == 0;
    }

    public string? Scalar(YamlNode node, string path, string expected)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } v }) return v;
        Report(node, path, ReadContext.Describe(node), expected);
        return null;
    }

    public int? Int(YamlNode node, string path)
    {
        if (node is YamlScalarNode { Value: { } v } && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out int x) && x >= 1) return x;
        Report(node, path, ReadContext.Describe(node), "a whole number >= 1");
        return null;
    }

    public long? Long(YamlNode node, string path)
    {
        if (node is YamlScalarNode { Value: { } v } && long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long x)) return x;
        Report(node, path, ReadContext.Describe(node), "a whole number");
        return null;
    }

    public void Report(YamlNode node, string path, string found, string expected) =>
        Errors.Add(new ScenarioError(File, Line(node), Column(node), path, found, expected));

    public static int Line(YamlNode node) => (int)Math.Max(1, node.Start.Line);

    public static int Column(YamlNode node) => (int)Math.Max(1, node.Start.Column);
}
