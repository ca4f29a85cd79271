// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Experiments;
using Spectre.Console;

namespace LogisticsSim.Cli.Output;

/// <summary>
/// The table `compare` prints. On a terminal wide enough for it, one row per KPI with each strategy's mean and
/// interval and each paired difference beside them; otherwise (80 columns, a log, a pipe) one block per KPI:
/// its name on a line of its own, then a row per strategy and per difference, so that no KPI name is ever
/// broken across lines. Every figure of both is also in compare.json and compare.csv.
/// </summary>
public static class ComparisonTable
{
    public static void Print(IAnsiConsole console, Comparison comparison, string scenario, int replications)
    {
        // A reference (hindsight) is labelled as one wherever its name is shown, so that nobody reads it as a policy.
        var strategies = comparison.Strategies.Select(StrategyCatalog.Label).ToArray();
        var rows = comparison.Rows.Where(r => !r.Path.Contains(".p50", StringComparison.Ordinal)).ToArray();
        string title = $"{scenario}: {replications} replications, common random numbers";
        var wide = Wide(strategies, rows);
        var table = Width(wide) <= console.Profile.Width ? Render(wide) : Render(Narrow(strategies, rows));
        console.Write(table.Title(Markup.Escape(title)));
    }

    /// <summary>A layout: column headers (right-aligned but the first) and rows of plain text, the first cell bold where marked.</summary>
    private sealed record Layout(string[] Headers, List<(string[] Cells, bool Heading)> Rows);

    private static Layout Wide(IReadOnlyList<string> strategies, IReadOnlyList<ComparisonRow> rows)
    {
        var headers = new List<string> { "KPI" };
        foreach (var s in strategies) headers.AddRange([s, "95% interval"]);
        foreach (var s in strategies.Skip(1)) headers.AddRange([$"{s} - {strategies[0]}", "95% interval"]);
        var layout = new Layout([.. headers], []);
        foreach (var row in rows)
        {
            var cells = new List<string> { row.Path };
            foreach (var i in row.PerStrategy) cells.AddRange([KpiTable.Format(i.Mean), KpiTable.Range(i)]);
            foreach (var d in row.DifferenceToFirst.Skip(1)) cells.AddRange([Signed(d!.Mean), KpiTable.Range(d)]);
            layout.Rows.Add(([.. cells], false));
        }
        return layout;
    }

    private static Layout Narrow(IReadOnlyList<string> strategies, IReadOnlyList<ComparisonRow> rows)
    {
        var layout = new Layout(["KPI and strategy", "mean", "95% interval"], []);
        foreach (var row in rows)
        {
            layout.Rows.Add(([row.Path, "", ""], true));
            for (int s = 0; s < strategies.Count; s++) layout.Rows.Add(([$"  {strategies[s]}", KpiTable.Format(row.PerStrategy[s].Mean), KpiTable.Range(row.PerStrategy[s])], false));
            for (int s = 1; s < strategies.Count; s++)
            {
                var d = row.DifferenceToFirst[s]!;
                layout.Rows.Add(([$"  {strategies[s]} - {strategies[0]}", Signed(d.Mean), KpiTable.Range(d)], false));
            }
        }
        return layout;
    }

    /// <summary>The columns the layout takes in a rounded table: each cell's text, a space either side, and the borders.</summary>
    private static int Width(Layout layout) =>
        Enumerable.Range(0, layout.Headers.Length)
            .Sum(c => Math.Max(layout.Headers[c].Length, layout.Rows.Select(r => r.Cells[c].Length).DefaultIfEmpty(0).Max()) + 3) + 1;

    private static Table Render(Layout layout)
    {
        var table = new Table().Border(TableBorder.Rounded);
        for (int c = 0; c < layout.Headers.Length; c++)
        {
            var column = new TableColumn(Markup.Escape(layout.Headers[c]));
            table.AddColumn(c == 0 ? column.NoWrap() : column.RightAligned());
        }
        foreach (var (cells, heading) in layout.Rows)
        {
            table.AddRow(cells.Select((text, c) => c == 0 && heading ? $"[bold]{Markup.Escape(text)}[/]" : Markup.Escape(text)).ToArray());
        }
        return table;
    }

    /// <summary>A difference with its sign: "+0.003", "-12", "0".</summary>
    private static string Signed(double value) => value > 0 ? "+" + KpiTable.Format(value) : KpiTable.Format(value);
}
