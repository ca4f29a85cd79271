// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Cli.Output;

/// <summary>
/// A command's files, computed in memory first and written only when all are ready, so that a
/// failure in a late step (a chart without its font) leaves nothing half-written. The report is
/// made from these same texts, so `--report` and `report DIR` give the same page.
/// </summary>
public sealed class PendingFiles
{
    private readonly List<(string Name, byte[] Content)> _files = [];
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    /// <summary>The text files so far, by name.</summary>
    public IReadOnlyDictionary<string, string> Texts => _texts;

    public void Add(string name, Action<TextWriter> write)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        write(writer);
        Add(name, writer.ToString());
    }

    public void Add(string name, string text)
    {
        _texts[name] = text;
        _files.Add((name, new System.Text.UTF8Encoding(false).GetBytes(text)));
    }

    public void Add(string name, byte[] content) => _files.Add((name, content));

    public IEnumerable<string> Names => _files.Select(f => f.Name);

    public void WriteTo(OutputDirectory folder)
    {
        foreach (var (name, content) in _files) folder.Write(name, content);
    }
}
