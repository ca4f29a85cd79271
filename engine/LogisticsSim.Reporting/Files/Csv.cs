// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using System.Text;

namespace LogisticsSim.Reporting.Files;

/// <summary>
/// The small CSV dialect of the chart data files: comma-separated, a header row, "\n" line ends,
/// fields quoted only when they hold a comma, quote or line break, numbers in invariant culture.
/// </summary>
internal static class Csv
{
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";

    /// <summary>Up to six decimals, as requests.csv writes them; empty for an undefined value.</summary>
    public static string Number(double value) => double.IsFinite(value) ? value.ToString("0.######", CultureInfo.InvariantCulture) : "";

    public static void WriteRow(TextWriter writer, params string[] fields)
    {
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0) writer.Write(',');
            writer.Write(Field(fields[i]));
        }
        writer.Write('\n');
    }

    /// <summary>The rows of a CSV text, each checked against the expected header; rows are numbered from 2 (line numbers, the header being 1).</summary>
    public static IEnumerable<(int Line, Row Row)> Read(string text, string file, IReadOnlyList<string> required)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || lines[0].Length == 0) throw new ReportInputException($"{file}:1: found an empty file, expected a header row with {string.Join(",", required)}");
        var header = Split(lines[0], file, 1);
        foreach (string column in required)
        {
            if (!header.Contains(column, StringComparer.Ordinal))
            {
                throw new ReportInputException($"{file}:1: found columns {string.Join(",", header)}, expected a column '{column}' (columns: {string.Join(",", required)})");
            }
        }
        var index = header.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        for (int n = 1; n < lines.Length; n++)
        {
            if (lines[n].Length == 0) continue;
            var fields = Split(lines[n], file, n + 1);
            if (fields.Count != header.Count) throw new ReportInputException($"{file}:{n + 1}: found {fields.Count} fields, expected {header.Count} as in the header");
            yield return (n + 1, new Row(file, n + 1, index, fields));
        }
    }

    private static List<string> Split(string line, string file, int number)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        if (quoted) throw new ReportInputException($"{file}:{number}: found an unclosed quote, expected a closing \"");
        fields.Add(field.ToString());
        return fields;
    }

    /// <summary>One data row, read by column name, with errors that name the file, line and column.</summary>
    public sealed class Row(string file, int line, IReadOnlyDictionary<string, int> index, IReadOnlyList<string> fields)
    {
        public string Text(string column) => fields[index[column]];

        public bool Has(string column) => index.ContainsKey(column);

        /// <summary>A number; an empty cell is NaN when <paramref name="optional"/>.</summary>
        public double Number(string column, bool optional = false)
        {
            string text = Text(column);
            if (text.Length == 0 && optional) return double.NaN;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)) return value;
            throw new ReportInputException($"{file}:{line}: {column}: found '{text}', expected a number");
        }

        public double? OptionalNumber(string column) => Text(column).Length == 0 ? null : Number(column);
    }
}
