// SPDX-License-Identifier: Apache-2.0
using System.CommandLine;
using LogisticsSim.Cli.Output;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Reporting.Files;
using LogisticsSim.Reporting.Report;

namespace LogisticsSim.Cli.Commands;

/// <summary>
/// The frame of a command that computes results and may write them (run, compare, plan): the --out folder and
/// the pictures asked for are checked before any work, the manifest times each phase, and at the end the
/// results, the scenario as run, the pictures and the manifest are written together, or nothing is.
/// </summary>
public sealed class CommandOutput
{
    private readonly ParseResult _parsed;
    private readonly PictureOptions _pictures;

    private CommandOutput(string command, ParseResult parsed, PictureOptions pictures, OutputDirectory? folder)
    {
        _parsed = parsed;
        _pictures = pictures;
        Folder = folder;
        Manifest = new Manifest(command, Environment.GetCommandLineArgs().Skip(1));
    }

    /// <summary>The folder to write to, checked; null when the command only prints.</summary>
    public OutputDirectory? Folder { get; }

    public Manifest Manifest { get; }

    /// <summary>
    /// Checks the folder <paramref name="dir"/> (null: print only), where the command will write <paramref name="fileNames"/>
    /// (none of which may be a folder there), and the pictures asked for against it, or throws a <see cref="UserInputException"/>.
    /// </summary>
    public static CommandOutput Start(string command, ParseResult parsed, string? dir, PictureOptions pictures, IEnumerable<string> fileNames)
    {
        pictures.Check(parsed, dir);
        var folder = dir is null ? null : OutputDirectory.Checked(dir, "--out", [.. fileNames, ResultsFolder.ScenarioFileName, "manifest.json"]);
        return new CommandOutput(command, parsed, pictures, folder);
    }

    /// <summary>
    /// When there is a folder: the results <paramref name="addResults"/> makes, the chart data (with
    /// <paramref name="timelines"/>; else the scenario alone), the pictures asked for, then manifest.json.
    /// </summary>
    public void Write(TextWriter output, Scenario scenario, string scenarioFile, IReadOnlyList<StrategyTimeline>? timelines, Action<PendingFiles> addResults)
    {
        if (Folder is null) return;
        var files = new PendingFiles();
        addResults(files);
        if (timelines is null) PictureOptions.AddScenario(files, scenarioFile);
        else PictureOptions.AddChartData(files, scenario, scenarioFile, timelines);
        _pictures.Produce(_parsed, files, Folder.Path, scenario, timelines ?? []);
        files.WriteWithManifest(Folder, Manifest, output);
    }
}
