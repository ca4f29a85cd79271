using System.Text.RegularExpressions;
using Xunit;

namespace LogisticsSim.Cli.Tests;

/// <summary>
/// Every `logisticssim` command the README shows runs as written, scaled down to stay quick:
/// two replications, a one-second search, the tutorial in place of the 30-day default where the
/// optimiser is asked for, and a temporary folder for --out. Experiments run scaled down too: two
/// replications of the tutorial, whose fleet has the same truck10 entry as the default scenario.
/// </summary>
public partial class ReadmeTests
{
    private const string DotnetRunPrefix = "dotnet run -c Release --project engine/LogisticsSim.Cli -- ";

    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        foreach (string command in CommandLines()) data.Add(command);
        return data;
    }

    private static List<string> CommandLines()
    {
        var data = new List<string>();
        bool inCode = false;
        foreach (string raw in File.ReadLines(Path.Combine(Cli.Repo, "README.md")))
        {
            if (raw.StartsWith("```", StringComparison.Ordinal)) inCode = !inCode;
            string line = raw.Split('#')[0].Trim();
            if (!inCode) continue;
            if (line.StartsWith(DotnetRunPrefix, StringComparison.Ordinal)) data.Add(line[DotnetRunPrefix.Length..]);
            else if (line.StartsWith("logisticssim ", StringComparison.Ordinal)) data.Add(line["logisticssim ".Length..]);
        }
        return data;
    }

    [Fact]
    public void Readme_ShowsTheMainCommands()
    {
        var commands = CommandLines();
        foreach (string verb in new[] { "run", "validate", "compare", "solve", "plan", "report", "sweep", "merge", "slurm", "benchmark", "criticality" }) Assert.Contains(commands, c => c.StartsWith(verb + " ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Readme_CommandRuns(string command)
    {
        string scaled = Replications().Replace(command, "-r 2");
        scaled = scaled.Replace("--time-limit 10s", "--time-limit 1s");
        if (scaled.Contains("ortools", StringComparison.Ordinal)) scaled = scaled.Replace("scenarios/idai-beira.yaml", "scenarios/tutorial.yaml");
        var args = Words(scaled);
        using var temp = new TestFolder();
        int folders = 0;
        string Folder() => Directory.CreateDirectory(Path.Combine(temp, $"{++folders}")).FullName;
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith("scenarios/", StringComparison.Ordinal) || args[i].StartsWith("benches/", StringComparison.Ordinal))
            {
                args[i] = Path.Combine(Cli.Repo, args[i]);
            }
            // A program named inside an exec: strategy runs from the repository too.
            args[i] = args[i].Replace(" scenarios/", " " + Cli.Repo + "/scenarios/", StringComparison.Ordinal);
            if (args[i] == "--out") args[i + 1] = Folder();
        }
        // A suite runs scaled down too: two small scenarios of it, two replications, and a stand-in for its reference.
        if (args[0] is "benchmark" || (args[0] is "slurm" && Directory.Exists(args[1]))) args[1] = BenchmarkRun.WriteProtocol(Folder());
        else if (args[0] is "sweep" or "slurm") args[1] = ScaledExperiment(args[1], Folder());
        if (args[0] == "merge")
        {
            // A folder to merge: the README's experiment, run here first.
            args[1] = Folder();
            Assert.Equal(0, Cli.Run("sweep", ScaledExperiment(Path.Combine(Cli.Repo, "scenarios", "experiments", "fleet-size.yaml"), Folder()), "--out", args[1]).Exit);
        }
        if (args[0] == "import") args[args.IndexOf("--out") + 1] = Path.Combine(Folder(), "imported.yaml"); // import writes a file, not a folder
        if (args[0] == "run" && !args.Contains("-r")) args.AddRange(["-r", "2"]);
        if (args[0] == "report") args[1] = FinishedFolder(Folder()); // the README's folder comes from the command before it

        var (exit, _, error) = Cli.Run(args.ToArray());
        Assert.True(exit == 0, $"{string.Join(' ', args)}\n{error}");
    }

    /// <summary>A folder a run has just written, as `report` expects.</summary>
    private static string FinishedFolder(string folder)
    {
        var (exit, _, error) = Cli.Run("run", Cli.Scenario("tutorial.yaml"), "-r", "2", "--out", folder);
        Assert.True(exit == 0, error);
        return folder;
    }

    /// <summary>A copy of an experiment, in the folder given, with two replications of the tutorial in place of its scenarios.</summary>
    private static string ScaledExperiment(string file, string folder)
    {
        string text = File.ReadAllText(file);
        text = Regex.Replace(text, @"replications: \d+", "replications: 2");
        text = Regex.Replace(text, @"- \.\./[a-z-]+\.yaml", "- " + Cli.Scenario("tutorial.yaml"));
        string copy = Path.Combine(folder, Path.GetFileName(file));
        File.WriteAllText(copy, text);
        return copy;
    }

    /// <summary>Splits a command line into words as a shell would for these lines: spaces separate, double quotes group.</summary>
    private static List<string> Words(string line)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        bool quoted = false, any = false;
        foreach (char c in line)
        {
            if (c == '"') { quoted = !quoted; any = true; }
            else if (c == ' ' && !quoted)
            {
                if (any) words.Add(word.ToString());
                word.Clear();
                any = false;
            }
            else { word.Append(c); any = true; }
        }
        if (any) words.Add(word.ToString());
        return words;
    }

    [GeneratedRegex(@"-r \d+")]
    private static partial Regex Replications();
}
