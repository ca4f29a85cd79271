// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Scenarios;

/// <summary>
/// Where each value of a scenario file was written, keyed by its path (<c>fleet[3].payload_t</c>), so that
/// checks made after parsing can still point at the text. Also remembers which paths already failed to
/// parse, so that later checks skip them rather than report a second, derived error.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, (int Line, int Column)> _marks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Line, int Column)> _keys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _failed = new(StringComparer.Ordinal);

    /// <summary>An empty map for the named file.</summary>
    public SourceMap(string file) => File = file;

    /// <summary>The file name as given to the loader.</summary>
    public string File { get; }

    /// <summary>
    /// The 1-based line and column of the value at <paramref name="path"/>; for a path that was never
    /// written (a missing key), the nearest enclosing value that was; (1, 1) when none was.
    /// </summary>
    public (int Line, int Column) Locate(string path)
    {
        for (string? p = path; p is not null; p = Parent(p))
        {
            if (_marks.TryGetValue(p, out var mark)) return mark;
        }
        return (1, 1);
    }

    /// <summary>
    /// The 1-based line and column of the key under which the value at <paramref name="path"/> was written
    /// (an unknown key is pointed at where it is named, not at its value); <see cref="Locate"/> when there is no key.
    /// </summary>
    public (int Line, int Column) LocateKey(string path) => _keys.TryGetValue(path, out var mark) ? mark : Locate(path);

    /// <summary>
    /// True when the value at <paramref name="path"/>, or the entry or section holding it, could not be read
    /// (an error was already reported there), so that a later check would only repeat it.
    /// </summary>
    public bool HasErrorAt(string path)
    {
        for (string? p = path; p is not null; p = Parent(p))
        {
            if (_failed.Contains(p)) return true;
        }
        return false;
    }

    /// <summary>An error located at <paramref name="path"/> (see <see cref="Locate"/>).</summary>
    public ScenarioError Error(string path, string found, string expected)
    {
        var (line, column) = Locate(path);
        return new ScenarioError(File, line, column, path, found, expected);
    }

    /// <summary>An error located at the key of <paramref name="path"/> (see <see cref="LocateKey"/>).</summary>
    public ScenarioError KeyError(string path, string found, string expected)
    {
        var (line, column) = LocateKey(path);
        return new ScenarioError(File, line, column, path, found, expected);
    }

    /// <summary>True when a value was written at exactly this path.</summary>
    public bool Contains(string path) => _marks.ContainsKey(path);

    internal void Record(string path, int line, int column) => _marks.TryAdd(path, (line, column));

    internal void RecordKey(string path, int line, int column) => _keys.TryAdd(path, (line, column));

    internal void MarkFailed(string path) => _failed.Add(path);

    /// <summary><c>a.b[2].c</c> -&gt; <c>a.b[2]</c> -&gt; <c>a.b</c> -&gt; <c>a</c> -&gt; null.</summary>
    internal static string? Parent(string path)
    {
        int cut = path.LastIndexOfAny(['.', '[']);
        return cut > 0 ? path[..cut] : null;
    }
}
