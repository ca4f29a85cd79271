// SPDX-License-Identifier: Apache-2.0
using System.Diagnostics;
using LogisticsSim.Cli.Commands;
using Xunit;

namespace LogisticsSim.Cli.Tests;

/// <summary>
/// The experiment runs unchanged on Slurm: a real one-node cluster of the test's own (<see cref="SlurmCluster"/>)
/// runs the job array that `logisticssim slurm` writes; one running task is cancelled, only the shards with
/// missing units are resubmitted, and the merged tables equal those of the same experiment run here. Fails,
/// never skips, when Slurm cannot start.
/// </summary>
public sealed class SlurmTests(SlurmCluster slurm) : IClassFixture<SlurmCluster>
{
    private static readonly string Executable = Path.Combine(Cli.Repo, "engine", "LogisticsSim.Cli", "bin", "Release", "net10.0", "logisticssim");

    [Fact]
    public void JobArray_CancelledTaskResubmitted_SameResultsAsLocal()
    {
        Assert.True(File.Exists(Executable), $"{Executable} is missing: build the solution in Release first");
        using var work = new TestFolder();
        string cluster = Path.Combine(work, "cluster"), local = Path.Combine(work, "local");
        // The second strategy's program starts slowly, so that a task is surely running when it is cancelled.
        string policy = Path.Combine(Cli.Repo, "scenarios", "strategies", "nearest_first.py");
        string file = SweepCommandTests.Experiment(work, strategies: $"[priority, {{name: slow, use: 'exec[timeout=60s]:sleep 3; exec python3 {policy}'}}]", replications: 2);

        var (exit, text, error) = Cli.Run("slurm", file, "--out", cluster, "--tasks", "4", "--exe", Executable);
        Assert.True(exit == 0, error);
        Assert.Contains("sbatch --array=$(", text);
        string script = Path.Combine(cluster, SlurmCommand.ScriptName);

        string job = Sbatch(slurm, script);
        WaitUntil(() => Squeue(slurm, $"{job}_1", "%t") == "R", $"task {job}_1 running");
        Assert.Equal(0, slurm.Run("scancel", $"{job}_1").Code);
        WaitUntil(() => Squeue(slurm, job, "%i") == "", $"job {job} over");

        string missing = Cli.Run("merge", cluster, "--missing-shards", "4").Out.Trim();
        Assert.Contains("1", missing.Split(','));
        Assert.NotEqual(0, Cli.Run("merge", cluster).Exit);
        string again = Sbatch(slurm, $"--array={missing}", script);
        WaitUntil(() => Squeue(slurm, again, "%i") == "", $"job {again} over");
        (exit, _, error) = Cli.Run("merge", cluster);
        Assert.True(exit == 0, error + "\n" + string.Join("\n", Directory.GetFiles(Path.Combine(cluster, "logs")).Select(File.ReadAllText)));

        Assert.Equal(0, Cli.Run("sweep", file, "--out", local).Exit);
        foreach (var f in Sweeps.SweepMerge.Outputs) Assert.Equal(File.ReadAllBytes(Path.Combine(local, f)), File.ReadAllBytes(Path.Combine(cluster, f)));
    }

    [Fact]
    public void Dispose_WithAJobRunning_LeavesNoProcessOfTheClusterAndNoFolder()
    {
        var own = new SlurmCluster();
        try
        {
            Assert.Equal(3, own.Daemons.Count); // munged, slurmctld, slurmd
            string job = Sbatch(own, "--wrap=sleep 600", $"--output={Path.Combine(own.Folder, "job.out")}");
            WaitUntil(() => Squeue(own, job, "%t") == "R", $"job {job} running");
            var running = own.Remaining();
            Assert.Superset(own.Daemons.ToHashSet(), running.ToHashSet());
            Assert.True(running.Count > own.Daemons.Count, "the job's processes are not seen"); // so that none seen after disposal means something
        }
        finally
        {
            own.Dispose();
        }
        Assert.Empty(own.Remaining());
        Assert.True(TestFolder.Keep || !Directory.Exists(own.Folder), $"{own.Folder} is left");
    }

    private static string Sbatch(SlurmCluster cluster, params string[] args)
    {
        var (code, output) = cluster.Run("sbatch", ["--parsable", .. args]);
        Assert.True(code == 0, "sbatch: " + output);
        return output.Trim().Split(';')[0];
    }

    private static string Squeue(SlurmCluster cluster, string job, string format) => cluster.Run("squeue", "-h", "-j", job, "-o", format).Output.Trim();

    private static void WaitUntil(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), $"timed out waiting for {what}");
            Thread.Sleep(200);
        }
    }
}
