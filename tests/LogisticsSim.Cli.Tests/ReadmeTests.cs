using System.Text.RegularExpressions;
using Xunit;

namespace LogisticsSim.Cli.Tests;

/// <summary>
/// Every `logisticssim` command the README shows runs as written, scaled down to stay quick:
/// two replications, a one-second search, the tutorial in place of the 30-day default where the
/// optimiser is asked for, and a temporary folder for --out.
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
        foreach (string verb in new[] { "run", "validate", "compare", "solve", "report" }) Assert.Contains(commands, c => c.StartsWith(verb + " ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Readme_CommandRuns(string command)
    {
        string scaled = Replications().Replace(command, "-r 2");
        scaled = scaled.Replace("--time-limit 10s", "--time-limit 1s");
        if (scaled.Contains("ortools", StringComparison.Ordinal)) scaled = scaled.Replace("scenarios/idai-beira.yaml", "scenarios/tutorial.yaml");
        var args = scaled.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith("scenarios/", StringComparison.Ordinal) || args[i].StartsWith("../shared/", StringComparison.Ordinal))
            {
                args[i] = Path.Combine(Cli.Repo, args[i]);
            }
            if (args[i] == "--out") args[i + 1] = Cli.TempDir();
        }
        if (args[0] == "run" && !args.Contains("-r")) args.AddRange(["-r", "2"]);
        if (args[0] == "report") args[1] = FinishedFolder(); // the README's folder comes from the command before it

        var (exit, _, error) = Cli.Run(args.ToArray());
        Assert.True(exit == 0, $"{string.Join(' ', args)}\n{error}");
    }

    /// <summary>A folder a run has just written, as `report` expects.</summary>
    private static string FinishedFolder()
    {
        string folder = Cli.TempDir();
        var (exit, _, error) = Cli.Run("run", Cli.Scenario("tutorial.yaml"), "-r", "2", "--out", folder);
        Assert.True(exit == 0, error);
        return folder;
    }

    [GeneratedRegex(@"-r \d+")]
    private static partial Regex Replications();
}
