// SPDX-License-Identifier: Apache-2.0
using System.Text.RegularExpressions;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Scenarios.Reading;
using LogisticsSim.Core.Strategies;
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
        if (YamlFile.Read(path, "an experiment file", out var errors) is not { } text) return new ExperimentLoadResult(null, errors);
        return LoadFromText(text, path, Path.GetDirectoryName(Path.GetFullPath(path))!, strategies);
    }

    /// <summary>Reads experiment text; <paramref name="folder"/> is where relative scenario paths start.</summary>
    /// <param name="text">The experiment.</param>
    /// <param name="fileName">The file name errors give.</param>
    /// <param name="folder">Where relative scenario paths start.</param>
    /// <param name="strategies">The strategies to check each <c>strategies</c> entry against; null for no check.</param>
    public static ExperimentLoadResult LoadFromText(string text, string fileName, string folder, StrategyDescriptors? strategies = null)
    {
        if (YamlFile.Root(text, fileName, "an experiment: a mapping with the keys " + string.Join(", ", Keys), out var errors) is not { } root)
        {
            return new ExperimentLoadResult(null, errors);
        }
        var reader = new ExperimentReader(fileName, folder, strategies, "the experiment file");
        var experiment = Read(reader, root);
        return reader.Errors.Count == 0 ? new ExperimentLoadResult(experiment, []) : new ExperimentLoadResult(null, reader.SortedErrors);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    internal static partial Regex LabelPattern();

    private static Experiment Read(ExperimentReader reader, YamlMappingNode root)
    {
        var values = reader.Keys(root, Keys);
        string name = values.TryGetValue("experiment", out var n) ? reader.Scalar(n, "experiment", "a name") ?? "" : Path.GetFileNameWithoutExtension(reader.File);
        var scenarios = reader.ReadScenarios(values.GetValueOrDefault("scenarios"), root);
        var strategies = reader.ReadStrategies(values.GetValueOrDefault("strategies"), root);
        var grid = values.TryGetValue("grid", out var g) ? ReadGrid(reader, g) : [];
        int replications = values.TryGetValue("replications", out var r) ? reader.Int(r, "replications") ?? 1 : 10;
        long? seed = values.TryGetValue("seed", out var s) ? reader.Long(s, "seed") : null;
        return new Experiment(name, reader.File, scenarios, strategies, grid, replications, seed);
    }

    private static List<GridAxis> ReadGrid(ExperimentReader reader, YamlNode node)
    {
        var axes = new List<GridAxis>();
        if (node is not YamlMappingNode map)
        {
            reader.Report(node, "grid", ReadContext.Describe(node), "a mapping of scenario field paths to lists of values, e.g. fleet[truck10].count: [10, 20]");
            return axes;
        }
        foreach (var (keyNode, valuesNode) in map.Children)
        {
            string field = (keyNode as YamlScalarNode)?.Value ?? "";
            string path = $"grid.{field}";
            if (ScenarioOverrides.Parse(field) is null)
            {
                reader.Report(keyNode, path, $"'{field}'", "a field path such as fleet[truck10].count or hazards[0].duration");
                continue;
            }
            if (valuesNode is not YamlSequenceNode values || values.Children.Count == 0)
            {
                reader.Report(valuesNode, path, ReadContext.Describe(valuesNode), "a list of one or more values");
                continue;
            }
            axes.Add(new GridAxis(field, values.Children.Select(v =>
                new ScenarioOverride(field, v, ScenarioOverrides.Text(v), reader.File, ExperimentReader.Line(v), ExperimentReader.Column(v))).ToArray()));
        }
        return axes;
    }
}
