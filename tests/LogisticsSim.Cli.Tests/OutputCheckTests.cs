// SPDX-License-Identifier: Apache-2.0
using Xunit;

namespace LogisticsSim.Cli.Tests;

/// <summary>
/// Every command that writes checks where it writes before any work: a file, a path through a file, a
/// folder where nothing can be made, or (sweep, slurm) a folder of another experiment, is refused with
/// exit code 2 and a clear message; nothing runs, nothing is written and nothing already there is lost.
/// </summary>
public sealed class OutputCheckTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Commands => ["run", "compare", "plan", "plan --sweep", "sweep", "slurm", "merge", "report"];

    /// <summary>The command line of <paramref name="command"/> writing to <paramref name="output"/>; inputs made in <paramref name="work"/>.</summary>
    private static string[] Args(string command, string work, string output) => command switch
    {
        "run" => ["run", Cli.Scenario("tutorial.yaml"), "-r", "2", "--out", output],
        "compare" => ["compare", Cli.Scenario("tutorial.yaml"), "-r", "2", "--out", output],
        "plan" => ["plan", Cli.Scenario("mozambique-cyclones.yaml"), "--check-replications", "1", "--out", output],
        "plan --sweep" => ["plan", Cli.Scenario("mozambique-cyclones.yaml"), "--sweep", "budget=1e6,2e6", "--out", output],
        "sweep" => ["sweep", SweepCommandTests.Experiment(work), "--out", output],
        "slurm" => ["slurm", SweepCommandTests.Experiment(work), "--out", output],
        "merge" => ["merge", output],
        "report" => ["report", output],
        _ => throw new ArgumentOutOfRangeException(nameof(command)),
    };

    /// <summary>Every file under <paramref name="dir"/> with its bytes, to show that nothing changed.</summary>
    private static Dictionary<string, byte[]> Snapshot(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes);

    private static void AssertRefused((int Exit, string Out, string Error) result, string message)
    {
        Assert.True(result.Exit == 2, $"exit {result.Exit}: {result.Error}");
        Assert.Contains(message, result.Error);
        Assert.DoesNotContain("internal error", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Equal("", result.Out); // nothing ran: no table, no progress, no "wrote"
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void OutIsAFile_ExitCode2_BeforeAnyWork_FileKept(string command)
    {
        string work = _folder.NewFolder(), file = Path.Combine(work, "afile");
        File.WriteAllText(file, "mine");
        var args = Args(command, work, file);
        var before = Snapshot(work);
        AssertRefused(Cli.Run(args), $"found the file {file}, expected a folder");
        Assert.Equal(before, Snapshot(work));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void OutUnderAFile_ExitCode2_NothingMade(string command)
    {
        string work = _folder.NewFolder(), file = Path.Combine(work, "afile");
        File.WriteAllText(file, "mine");
        var args = Args(command, work, Path.Combine(file, "sub"));
        var before = Snapshot(work);
        AssertRefused(Cli.Run(args), $"found the file {file} where");
        Assert.Equal(before, Snapshot(work));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void OutWhereNoFileCanBeMade_ExitCode2(string command)
    {
        // /proc takes no new files, even from root, whom the permission bits of a test folder would not stop.
        if (!OperatingSystem.IsLinux()) return;
        AssertRefused(Cli.Run(Args(command, _folder.NewFolder(), "/proc/logisticssim-test-out")), "found /proc (to make /proc/logisticssim-test-out in), where no file can be made");
    }

    [Theory]
    [InlineData("run", "summary.json")]
    [InlineData("compare", "compare.csv")]
    [InlineData("plan", "plan.md")]
    [InlineData("sweep", "results.json")]
    [InlineData("report", "report.html")]
    public void AResultNameTakenByAFolder_ExitCode2_FolderKept(string command, string name)
    {
        string work = _folder.NewFolder(), output = Path.Combine(work, "out");
        Directory.CreateDirectory(Path.Combine(output, name));
        File.WriteAllText(Path.Combine(output, name, "keep.txt"), "mine");
        File.WriteAllText(Path.Combine(output, "summary.json.note"), "mine too");
        var before = Snapshot(output);
        AssertRefused(Cli.Run(Args(command, work, output)), $"found a folder at {Path.Combine(output, name)}, expected a file name free for {name}");
        Assert.Equal(before, Snapshot(output));
    }

    [Theory]
    [InlineData("run")]
    [InlineData("compare")]
    [InlineData("plan")]
    public void BadScenario_IntoAnExistingFolder_NothingThereLost(string command)
    {
        string work = _folder.NewFolder(), output = Path.Combine(work, "out"), bad = Path.Combine(work, "bad.yaml");
        File.WriteAllText(bad, File.ReadAllText(Cli.Scenario("mozambique-cyclones.yaml")).Replace("horizon: 10d", "horizon: 10"));
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "summary.json"), "an earlier run");
        File.WriteAllText(Path.Combine(output, "plan.json"), "an earlier plan");
        var before = Snapshot(output);
        string[] args = [.. Args(command, work, output)];
        args[1] = bad;
        AssertRefused(Cli.Run(args), "horizon: found 10, expected a duration");
        Assert.Equal(before, Snapshot(output));
    }

    [Theory]
    [InlineData("sweep")]
    [InlineData("slurm")]
    public void OutHoldsAnotherExperiment_ExitCode2_ItsFilesKept(string command)
    {
        string work = _folder.NewFolder(), output = Path.Combine(work, "out"), other = Path.Combine(work, "other");
        Directory.CreateDirectory(other);
        string otherFile = Path.Combine(other, "experiment.yaml");
        File.WriteAllText(otherFile, File.ReadAllText(SweepCommandTests.Experiment(other)).Replace("experiment: small", "experiment: another"));
        var first = Cli.Run("sweep", otherFile, "--out", output, "--shard", "0/4");
        Assert.True(first.Exit == 0, first.Error);
        var before = Snapshot(output);
        AssertRefused(Cli.Run(Args(command, work, output)), $"found the experiment 'another' in {output} (units.json), expected a new folder or one of 'small'");
        Assert.Equal(before, Snapshot(output));
    }

    [Fact]
    public void Sweep_OutHoldsResultsOfAnotherGrid_ExitCode2_ButTheSameExperimentResumes()
    {
        string work = _folder.NewFolder(), output = Path.Combine(work, "out");
        string wide = SweepCommandTests.Experiment(work, grid: "fleet[truck10].count: [2, 6, 8]");
        var first = Cli.Run("sweep", wide, "--out", output, "--shard", "2/3");
        Assert.True(first.Exit == 0, first.Error);
        var before = Snapshot(output);
        // The same experiment with one grid point fewer: the results of the third point would be foreign to it.
        string narrow = SweepCommandTests.Experiment(_folder.NewFolder());
        AssertRefused(Cli.Run("sweep", narrow, "--out", output), "that are not units of 'small'");
        Assert.Equal(before, Snapshot(output));
        var again = Cli.Run("sweep", wide, "--out", output, "--resume");
        Assert.True(again.Exit == 0, again.Error);
        Assert.Contains("merged 3 comparison(s)", again.Out);
    }

    [Fact]
    public void Slurm_LogsIsAFile_ExitCode2()
    {
        string work = _folder.NewFolder(), output = Path.Combine(work, "out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "logs"), "mine");
        AssertRefused(Cli.Run(Args("slurm", work, output)), $"found the file {Path.Combine(output, "logs")}, expected the folder of the tasks' logs");
        Assert.False(File.Exists(Path.Combine(output, "sweep.sbatch")));
    }
}
