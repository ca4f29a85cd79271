// SPDX-License-Identifier: Apache-2.0
using System.CommandLine;
using LogisticsSim.Cli.Output;
using LogisticsSim.Reporting;
using LogisticsSim.Reporting.Report;

namespace LogisticsSim.Cli.Commands;

/// <summary>`logisticssim report DIR`: report.html (and with --charts every chart) from a finished output folder alone.</summary>
public static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var folderArgument = new Argument<string>("folder") { Description = "The --out folder of run, compare, plan, sweep (after merge), benchmark or criticality." };
        var charts = new Option<bool>("--charts") { Description = "Also write every chart as PNG and SVG to the folder." };
        var command = new Command("report", "Write report.html, a self-contained page of tables, charts, map and assumptions, from an output folder.") { folderArgument, charts };
        command.SetAction(parsed =>
        {
            string dir = parsed.GetValue(folderArgument)!;
            var folder = OutputDirectory.Checked(dir, "FOLDER", [HtmlReport.FileName]);
            var files = new PendingFiles();
            try
            {
                var results = ResultsFolder.Load(dir);
                var pictures = ReportCharts.For(results);
                if (parsed.GetValue(charts))
                {
                    foreach (var (name, content) in pictures.Files()) files.Add(name, content);
                }
                files.Add(HtmlReport.FileName, HtmlReport.Build(results, pictures));
            }
            catch (ReportInputException e)
            {
                throw new UserInputException(e.Message);
            }
            files.WriteTo(folder);
            context.Out.WriteLine($"wrote {string.Join(", ", files.Names)} to {folder.Path}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
