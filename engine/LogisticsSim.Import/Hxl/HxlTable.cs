// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Import.Geodata;

namespace LogisticsSim.Import.Hxl;

/// <summary>
/// A CSV read as HXL: the hashtag row is the first row whose every non-empty cell is a hashtag (the standard
/// has processors look for it in the first 25 rows; the rows above are headers, usually one, directly above
/// it); untagged columns are ignored; data rows follow it. A pattern (<c>#adm2+name</c>) picks the column
/// with exactly its attributes if there is one, else the leftmost column that has them all.
/// </summary>
internal sealed class HxlTable
{
    private const int RowsSearched = 25;
    private readonly List<(int Column, HxlTag Tag)> _tags;

    private HxlTable(CsvTable table, int tagRowIndex, List<(int, HxlTag)> tags)
    {
        File = table.Path;
        TagRow = table.Rows[tagRowIndex].Row;
        Header = tagRowIndex > 0 ? table.Rows[tagRowIndex - 1].Fields : [];
        Rows = table.Rows.Skip(tagRowIndex + 1).ToList();
        _tags = tags;
    }

    public string File { get; }

    /// <summary>The hashtag row's number in the file, from 1.</summary>
    public int TagRow { get; }

    public IReadOnlyList<(int Row, string[] Fields)> Rows { get; }

    private string[] Header { get; }

    public static HxlTable? Read(string path, ImportErrors errors)
    {
        if (CsvTable.Read(path, errors) is not { } table) return null;
        for (int r = 0; r < Math.Min(RowsSearched, table.Rows.Count); r++)
        {
            var fields = table.Rows[r].Fields;
            var tags = fields.Select((f, c) => (Column: c, Text: f)).Where(x => x.Text.Length > 0).Select(x => (x.Column, Tag: HxlTag.Parse(x.Text))).ToList();
            if (tags.Count > 0 && tags.All(t => t.Tag is not null)) return new HxlTable(table, r, tags.Select(t => (t.Column, t.Tag!)).ToList());
        }
        errors.Add(path, "no row of HXL hashtags in the first 25 rows",
            "a row of hashtags (#adm2+name, #adm2+code, #population, #inneed, ...) directly below the header row");
        return null;
    }

    /// <summary>The column the pattern picks, or null.</summary>
    public int? Column(string pattern)
    {
        var wanted = HxlTag.Parse(pattern) ?? throw new ArgumentException($"not a hashtag: {pattern}", nameof(pattern));
        var matching = _tags.Where(t => wanted.Matches(t.Tag)).ToList();
        if (matching.Count == 0) return null;
        return matching.FirstOrDefault(t => t.Tag.Attributes.SetEquals(wanted.Attributes), matching[0]).Column;
    }

    /// <summary>How an error names a cell's column: its tag, its header text if any, and its letter.</summary>
    public string Describe(int column)
    {
        string tag = _tags.First(t => t.Column == column).Tag.ToString();
        string header = column < Header.Length && Header[column].Length > 0 ? $" '{Header[column]}'" : "";
        return $"{tag}{header} (column {CsvTable.ColumnName(column)})";
    }

    /// <summary>The tags found, as written in the summary: <c>#adm2+name, #population</c>.</summary>
    public string TagList => string.Join(", ", _tags.Select(t => t.Tag.ToString()));
}
