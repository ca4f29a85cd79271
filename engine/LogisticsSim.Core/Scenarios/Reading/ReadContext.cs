// SPDX-License-Identifier: Apache-2.0
using YamlDotNet.RepresentationModel;
using LogisticsSim.Core.Text;

namespace LogisticsSim.Core.Scenarios.Reading;

/// <summary>What the reader carries while walking one file: where values were written and the errors so far.</summary>
internal sealed class ReadContext
{
    public ReadContext(string file) => Source = new SourceMap(file);

    public SourceMap Source { get; }

    public List<ScenarioError> Errors { get; } = [];

    /// <summary>Remembers where the value at <paramref name="path"/> was written.</summary>
    public void Note(string path, YamlNode node) => Source.Record(path, (int)node.Start.Line, (int)node.Start.Column);

    /// <summary>Remembers where the key of the value at <paramref name="path"/> was written.</summary>
    public void NoteKey(string path, YamlNode key) => Source.RecordKey(path, (int)key.Start.Line, (int)key.Start.Column);

    /// <summary>Reports a problem at <paramref name="node"/> (or, when null, where <paramref name="path"/> is located).</summary>
    public void Report(string path, YamlNode? node, string found, string expected)
    {
        var (line, column) = node is null ? Source.Locate(path) : ((int)node.Start.Line, (int)node.Start.Column);
        Errors.Add(new ScenarioError(Source.File, line, column, path.Length == 0 ? ScenarioError.FilePath : path, found, expected));
        Source.MarkFailed(path);
    }

    /// <summary>How a node reads in "found X": numbers and durations as written, other text in single quotes.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode s when Scalars.IsNull(s) => "an empty value",
        YamlScalarNode s when Scalars.LooksNumeric(s.Value ?? "") => s.Value!,
        YamlScalarNode s => $"'{s.Value}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "an alias",
    };
}
