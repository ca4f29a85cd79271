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

    /// <summary>
    /// Writes the files, then manifest.json with the time that took (last, so that a manifest says the
    /// results beside it are complete), and tells <paramref name="output"/> what was written.
    /// </summary>
    public void WriteWithManifest(OutputDirectory folder, Manifest manifest, TextWriter output)
    {
        WriteTo(folder);
        manifest.EndPhase("write");
        folder.Write("manifest.json", manifest.Write);
        output.WriteLine($"wrote {string.Join(", ", Names.Where(n => !IsChart(n)))}{Charts()} and manifest.json to {folder.Path}");
    }

    private static bool IsChart(string name) => name.StartsWith("chart-", StringComparison.Ordinal);

    /// <summary>", N chart files" when charts were written: their names are many and alike.</summary>
    private string Charts()
    {
        int n = Names.Count(IsChart);
        return n == 0 ? "" : $", {n} chart files (chart-*.png, chart-*.svg)";
    }
}
