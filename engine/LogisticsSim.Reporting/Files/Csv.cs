// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using System.Text;
using CsvHelper;

namespace LogisticsSim.Reporting.Files;

/// <summary>
/// The CSV dialect of every file the commands write (requests.csv, timeline.csv, flows.csv, compare.csv,
/// results.csv, capacity_curve.csv), written and read with CsvHelper: RFC 4180, comma-separated, a
/// header row, "\n" line ends, fields quoted only when they hold a comma, quote or line break, numbers
/// in invariant culture. Reading checks the header and names the file, line and column of a problem.
/// </summary>
public static class Csv
{
    /// <summary>A writer of the dialect; it leaves <paramref name="writer"/> open, and must be disposed to flush.</summary>
    public static CsvWriter Writer(TextWriter writer) =>
        CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true);

    /// <summary>Up to six decimals (a gram, a few milliseconds of an hour); empty for an undefined value.</summary>
    public static string Number(double value) => double.IsFinite(value) ? value.ToString("0.######", CultureInfo.InvariantCulture) : "";

    private static readonly CsvReaderOptions ReadOptions = new()
    {
        Separator = ',',
        HasHeader = true,
        SkipEmptyLines = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>The rows of a CSV text, after checking that its header has every <paramref name="required"/> column.</summary>
    /// <exception cref="ReportInputException">The text is empty, lacks a column, or is not well-formed CSV.</exception>
    public static IReadOnlyList<Row> Read(string text, string file, IReadOnlyList<string> required)
    {
        using var reader = CsvReader.Create(Encoding.UTF8.GetBytes(text), ReadOptions);
        var header = reader.Headers;
        if (header.Count == 0) throw new ReportInputException($"{file}:1: found an empty file, expected a header row with {string.Join(",", required)}");
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Count; i++)
        {
            if (!index.TryAdd(header[i], i)) throw new ReportInputException($"{file}:1: found the column '{header[i]}' twice, expected each column once");
        }
        foreach (string column in required)
        {
            if (!index.ContainsKey(column))
            {
                throw new ReportInputException($"{file}:1: found columns {string.Join(",", header)}, expected a column '{column}' (columns: {string.Join(",", required)})");
            }
        }
        var rows = new List<Row>();
        try
        {
            while (reader.Read())
            {
                var fields = new string[reader.FieldCount];
                for (int i = 0; i < fields.Length; i++) fields[i] = reader.GetString(i);
                rows.Add(new Row(file, (int)reader.LineNumber, index, fields));
            }
        }
        catch (CsvFormatException e)
        {
            throw new ReportInputException($"{file}:{e.LineNumber}: found malformed CSV, expected {header.Count} comma-separated fields as in the header ({e.Message})");
        }
        return rows;
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

        /// <summary>A whole number.</summary>
        public int Integer(string column)
        {
            string text = Text(column);
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)) return value;
            throw new ReportInputException($"{file}:{line}: {column}: found '{text}', expected a whole number");
        }
    }
}
