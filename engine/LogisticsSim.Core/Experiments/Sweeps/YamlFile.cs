// SPDX-License-Identifier: Apache-2.0
using System.Text;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Scenarios.Reading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LogisticsSim.Core.Experiments.Sweeps;

/// <summary>
/// The first steps of reading an experiment or a benchmark protocol: the file read within the size limit,
/// the scenario format's YAML safety pass, and a mapping at the root; each failure a located error.
/// </summary>
internal static class YamlFile
{
    /// <summary>The file's text, or null and the error (no file, unreadable, too large).</summary>
    /// <param name="path">The file.</param>
    /// <param name="what">What it should be, for "expected": "an experiment file".</param>
    /// <param name="errors">The error, when there is one.</param>
    public static string? Read(string path, string what, out IReadOnlyList<ScenarioError> errors)
    {
        errors = [];
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > ScenarioLoader.MaxFileBytes)
            {
                errors = [Error(path, "a file over 16 MiB", $"{what} of at most 16 MiB")];
                return null;
            }
            return File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors = [Error(path, $"no readable file ({e.Message.TrimEnd('.')})", $"{what} that exists and can be read")];
            return null;
        }
    }

    /// <summary>The root mapping of <paramref name="text"/>, or null and every error found before it.</summary>
    /// <param name="text">The YAML.</param>
    /// <param name="fileName">The file name errors give.</param>
    /// <param name="expected">What the root should be, for "expected".</param>
    /// <param name="errors">The errors, when there are any.</param>
    public static YamlMappingNode? Root(string text, string fileName, string expected, out IReadOnlyList<ScenarioError> errors)
    {
        errors = YamlPreflight.Check(text, fileName);
        if (errors.Count > 0) return null;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            errors = [new ScenarioError(fileName, (int)Math.Max(1, e.Start.Line), (int)Math.Max(1, e.Start.Column),
                ScenarioError.FilePath, $"malformed YAML ({e.Message.TrimEnd('.')})", "well-formed YAML")];
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors = [Error(fileName, "no mapping", expected)];
            return null;
        }
        return root;
    }

    private static ScenarioError Error(string file, string found, string expected) => new(file, 1, 1, ScenarioError.FilePath, found, expected);
}
