// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Core.Experiments;
using Spectre.Console;

namespace LogisticsSim.Cli.Output;

/// <summary>The KPI table printed after a run: each KPI's mean and, with several replications, its 95% interval.</summary>
public static class KpiTable
{
    public static void Print(IAnsiConsole console, RunSummary run)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"{Markup.Escape(run.Scenario)}: {Markup.Escape(run.Strategy)}, {run.Replications.Count} replication(s), seed {run.Seed}");
        table.AddColumn("KPI");
        table.AddColumn(new TableColumn("mean").RightAligned());
        if (run.Replications.Count > 1) table.AddColumn(new TableColumn("95% interval").RightAligned());
        foreach (var (path, interval) in run.Kpis)
        {
            if (path.EndsWith(".p50", StringComparison.Ordinal) && path.Contains("by_priority", StringComparison.Ordinal)) continue;
            var row = new List<string> { Markup.Escape(path), Format(interval.Mean) };
            if (run.Replications.Count > 1) row.Add(double.IsNaN(interval.Low) ? "" : $"{Format(interval.Low)} .. {Format(interval.High)}");
            table.AddRow(row.ToArray());
        }
        console.Write(table);
    }

    public static string Format(double value) =>
        double.IsNaN(value) ? "-" : Math.Abs(value) >= 1000 ? value.ToString("#,0", CultureInfo.InvariantCulture) : value.ToString("0.###", CultureInfo.InvariantCulture);
}
