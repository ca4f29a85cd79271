// SPDX-License-Identifier: Apache-2.0
using System.Globalization;

namespace LogisticsSim.Optimization.Benchmarks;

/// <summary>Splits lines of an instance file into numbers, failing with the file and line.</summary>
internal sealed class InstanceLines(string file, IReadOnlyList<string> lines)
{
    public string File { get; } = file;

    public IReadOnlyList<string> Lines { get; } = lines;

    public static InstanceLines Read(string path) => new(Path.GetFileName(path), System.IO.File.ReadAllLines(path));

    public static string[] Tokens(string line) =>
        line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Parses line <paramref name="index"/> (0-based) as exactly the named numeric columns.</summary>
    public double[] Numbers(int index, params string[] columns)
    {
        var tokens = Tokens(Lines[index]);
        if (tokens.Length != columns.Length)
        {
            throw Error(index, $"expected {columns.Length} numbers ({string.Join(" ", columns)}), "
                + $"found {tokens.Length}: \"{Lines[index].Trim()}\"");
        }
        var values = new double[tokens.Length];
        for (int c = 0; c < tokens.Length; c++)
        {
            if (!double.TryParse(tokens[c], NumberStyles.Float, CultureInfo.InvariantCulture, out values[c])
                || !double.IsFinite(values[c]))
            {
                throw Error(index, $"column '{columns[c]}': expected a number, found \"{tokens[c]}\"");
            }
        }
        return values;
    }

    /// <summary>Index of the first non-blank line at or after <paramref name="from"/>, or -1.</summary>
    public int NextNonEmpty(int from)
    {
        for (int i = from; i < Lines.Count; i++)
        {
            if (Lines[i].Trim().Length > 0) return i;
        }
        return -1;
    }

    public BenchmarkFormatException Error(int index, string problem) => new(File, index + 1, problem);

    public static int Integer(double value) => (int)Math.Round(value);
}
