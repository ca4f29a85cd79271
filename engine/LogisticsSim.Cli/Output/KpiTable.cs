// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Core.Experiments;
using Spectre.Console;

namespace LogisticsSim.Cli.Output;

/// <summary>The KPI table printed after a run: each KPI's mean and its 95% interval ("n/a" with a single replication).</summary>
public static class KpiTable
{
    public static void Print(IAnsiConsole console, RunSummary run)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"{Markup.Escape(run.Scenario)}: {Markup.Escape(StrategyCatalog.Label(run.Strategy))}, {run.Replications.Count} replication(s), seed {run.Seed}");
        table.AddColumn("KPI");
        table.AddColumn(new TableColumn("mean").RightAligned());
        table.AddColumn(new TableColumn("95% interval").RightAligned());
        foreach (var (label, mean, range) in Rows(run.Kpis)) table.AddRow(Markup.Escape(label), mean, range);
        console.Write(table);
    }

    /// <summary>How many rows of one KPI family (the part of a path before its first dot) the table shows at most.</summary>
    public const int FamilyRows = 12;

    /// <summary>
    /// The rows the table prints: every KPI, except that a family with more than <see cref="FamilyRows"/> members (a
    /// figure per node or per node and item, hundreds on a country's network) shows its largest means and one row
    /// saying how many more summary.json holds. Priorities' medians are left out as before.
    /// </summary>
    public static IReadOnlyList<(string Label, string Mean, string Range)> Rows(IReadOnlyList<(string Path, Interval Interval)> kpis)
    {
        var shown = kpis.Where(k => !(k.Path.EndsWith(".p50", StringComparison.Ordinal) && k.Path.Contains("by_priority", StringComparison.Ordinal))).ToList();
        var families = shown.GroupBy(k => Family(k.Path)).Where(g => g.Count() > FamilyRows)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(k => k.Interval.Mean).Take(FamilyRows - 1).Select(k => k.Path).ToHashSet(StringComparer.Ordinal));
        var rows = new List<(string, string, string)>();
        var told = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, interval) in shown)
        {
            if (families.TryGetValue(Family(path), out var largest))
            {
                if (!largest.Contains(path))
                {
                    if (told.Add(Family(path)))
                    {
                        int more = shown.Count(k => Family(k.Path) == Family(path)) - largest.Count;
                        rows.Add(($"{Family(path)}.* ({more} more, the smaller, in summary.json)", "", ""));
                    }
                    continue;
                }
            }
            rows.Add((path, Format(interval.Mean), Range(interval)));
        }
        return rows;
    }

    private static string Family(string path) => path.IndexOf('.', StringComparison.Ordinal) is int dot and > 0 ? path[..dot] : path;

    /// <summary>"low .. high", or "n/a" where fewer than two replications define the KPI (no interval).</summary>
    public static string Range(Interval interval) =>
        interval.HasInterval ? $"{Format(interval.Low)} .. {Format(interval.High)}" : "n/a";

    /// <summary>
    /// A figure as a table shows it: "0.956", "12,207"; from a billion on (the objective where people went
    /// without for days), "5.739e+13", since fourteen digits neither fit 80 columns nor read at a glance.
    /// </summary>
    public static string Format(double value) =>
        double.IsNaN(value) ? "-"
        : Math.Abs(value) >= 1e9 ? value.ToString("0.###e+0", CultureInfo.InvariantCulture)
        : Math.Abs(value) >= 1000 ? value.ToString("#,0", CultureInfo.InvariantCulture)
        : value.ToString("0.###", CultureInfo.InvariantCulture);
}
