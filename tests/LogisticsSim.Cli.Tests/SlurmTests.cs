// SPDX-License-Identifier: Apache-2.0
using System.Diagnostics;
using LogisticsSim.Cli.Commands;
using Xunit;

namespace LogisticsSim.Cli.Tests;

/// <summary>
/// The experiment runs unchanged on Slurm: a real one-node cluster (tests/slurm/start.sh) runs the job
/// array that `logisticssim slurm` writes; one running task is cancelled, only the shards with missing
/// units are resubmitted, and the merged tables equal those of the same experiment run here. Fails,
/// never skips, when Slurm cannot start.
/// </summary>
public class SlurmTests
{
    private static readonly string Executable = Path.Combine(Cli.Repo, "engine", "LogisticsSim.Cli", "bin", "Release", "net10.0", "logisticssim");

    [Fact]
    public void JobArray_CancelledTaskResubmitted_SameResultsAsLocal()
    {
        Assert.True(File.Exists(Executable), $"{Executable} is missing: build the solution in Release first");
        var (code, output) = Shell("bash", Path.Combine(Cli.Repo, "tests", "slurm", "start.sh"));
        Assert.True(code == 0, "Slurm did not start:\n" + output);
        string conf = output.Trim().Split('\n')[^1];

        string work = Cli.TempDir(), cluster = Path.Combine(work, "cluster"), local = Path.Combine(work, "local");
        // The second strategy's program starts slowly, so that a task is surely running when it is cancelled.
        string policy = Path.Combine(Cli.Repo, "scenarios", "strategies", "nearest_first.py");
        string file = SweepCommandTests.Experiment(work, strategies: $"[priority, {{name: slow, use: 'exec[timeout=60s]:sleep 3; exec python3 {policy}'}}]", replications: 2);

        var (exit, text, error) = Cli.Run("slurm", file, "--out", cluster, "--tasks", "4", "--exe", Executable);
        Assert.True(exit == 0, error);
        Assert.Contains("sbatch --array=$(", text);
        string script = Path.Combine(cluster, SlurmCommand.ScriptName);

        string job = Sbatch(conf, script);
        WaitUntil(() => Squeue(conf, $"{job}_1", "%t") == "R", $"task {job}_1 running");
        Assert.Equal(0, Shell("scancel", $"{job}_1", conf).Code);
        WaitUntil(() => Squeue(conf, job, "%i") == "", $"job {job} over");

        string missing = Cli.Run("merge", cluster, "--missing-shards", "4").Out.Trim();
        Assert.Contains("1", missing.Split(','));
        Assert.NotEqual(0, Cli.Run("merge", cluster).Exit);
        string again = Sbatch(conf, $"--array={missing} {script}");
        WaitUntil(() => Squeue(conf, again, "%i") == "", $"job {again} over");
        (exit, _, error) = Cli.Run("merge", cluster);
        Assert.True(exit == 0, error + "\n" + string.Join("\n", Directory.GetFiles(Path.Combine(cluster, "logs")).Select(File.ReadAllText)));

        Assert.Equal(0, Cli.Run("sweep", file, "--out", local).Exit);
        foreach (var f in Sweeps.SweepMerge.Outputs) Assert.Equal(File.ReadAllBytes(Path.Combine(local, f)), File.ReadAllBytes(Path.Combine(cluster, f)));
    }

    private static string Sbatch(string conf, string args)
    {
        var (code, output) = Shell("sbatch", "--parsable " + args, conf);
        Assert.True(code == 0, "sbatch: " + output);
        return output.Trim().Split(';')[0];
    }

    private static string Squeue(string conf, string job, string format) => Shell("squeue", $"-h -j {job} -o {format}", conf).Output.Trim();

    private static void WaitUntil(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), $"timed out waiting for {what}");
            Thread.Sleep(200);
        }
    }

    private static (int Code, string Output) Shell(string program, string args, string? conf = null)
    {
        var info = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (conf is not null) info.Environment["SLURM_CONF"] = conf;
        using var p = Process.Start(info)!;
        var stderr = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout + stderr.Result);
    }
}
