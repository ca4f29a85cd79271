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
        foreach (var (path, interval) in run.Kpis)
        {
            if (path.EndsWith(".p50", StringComparison.Ordinal) && path.Contains("by_priority", StringComparison.Ordinal)) continue;
            table.AddRow(Markup.Escape(path), Format(interval.Mean), Range(interval));
        }
        console.Write(table);
    }

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
