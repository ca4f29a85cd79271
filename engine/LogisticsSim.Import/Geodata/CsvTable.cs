// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using CsvHelper;

namespace LogisticsSim.Import.Geodata;

/// <summary>A CSV file's records as text, each with its row number counted from 1 as a spreadsheet shows it.</summary>
internal sealed record CsvTable(string Path, IReadOnlyList<(int Row, string[] Fields)> Rows)
{
    public static CsvTable? Read(string path, ImportErrors errors)
    {
        if (!File.Exists(path))
        {
            errors.Add(path, "no such file", "a CSV file");
            return null;
        }
        var rows = new List<(int, string[])>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        try
        {
            byte[] bytes = File.ReadAllBytes(path);
            int bom = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0; // a spreadsheet's UTF-8 mark, not part of the first header
            using var reader = CsvReader.Create(bytes.AsMemory(bom), options);
            while (reader.Read())
            {
                var fields = new string[reader.FieldCount];
                for (int i = 0; i < fields.Length; i++) fields[i] = reader.GetString(i).Trim();
                if (fields.All(f => f.Length == 0)) continue;
                rows.Add(((int)reader.LineNumber, fields));
            }
        }
        catch (CsvFormatException e)
        {
            errors.Add($"{path}:{e.LineNumber}", "malformed CSV", $"comma-separated fields, quoted with \" where they hold commas ({e.Message.Split('\n')[0].TrimEnd('.')})");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(path, $"an unreadable file ({e.Message.TrimEnd('.')})", "a CSV file");
            return null;
        }
        return new CsvTable(path, rows);
    }

    /// <summary>The field at <paramref name="column"/>, empty when the row is shorter.</summary>
    public static string Field(string[] fields, int column) => column < fields.Length ? fields[column] : "";

    /// <summary>The spreadsheet name of a column counted from 0: A, B, ..., Z, AA.</summary>
    public static string ColumnName(int column)
    {
        string name = "";
        for (int n = column + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }
}
