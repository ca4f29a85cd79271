// SPDX-License-Identifier: Apache-2.0
using System.Diagnostics;
using System.Globalization;
using LogisticsSim.Cli.Sweeps;
using LogisticsSim.Core.Experiments;
using LogisticsSim.Core.Experiments.Sweeps;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;

namespace LogisticsSim.Benchmarks.Sweep;

/// <summary>
/// `sweep-scaling [REPLICATIONS] [SCENARIO] [ROUNDS]`: replications of the default scenario under priority on one
/// thread, then on two (the speed-up), then the same replications as a sweep on two threads (expansion,
/// scheduling, one result file per unit, merge) against the plain two-thread run (the sweep's overhead).
/// </summary>
public static class SweepScalingCommand
{
    public static int Run(string[] args)
    {
        int reps = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
        string file = args.Length > 1 && args[1].Length > 0 ? Path.GetFullPath(args[1]) : Path.Combine(AppContext.BaseDirectory, "scenarios", "idai-beira.yaml");
        int rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
        var loaded = ScenarioLoader.Load(file);
        var scenario = loaded.Scenario ?? throw new InvalidOperationException(loaded.ErrorReport);
        ReplicationRunner.Run(scenario, () => new PriorityStrategy(), 4, parallelism: 2); // warm-up: loading and JIT

        // The three ways take turns, a tenth of the replications at a time (each round on its own seed),
        // so that load from other jobs on a shared machine falls on all three alike.
        string dir = Path.Combine(Path.GetTempPath(), "logisticssim-sweep-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        double one = 0, two = 0, sweep = 0, setup = 0, merge = 0, compute = 0, cpuOne = 0, cpuTwo = 0, pauseOne = 0, pauseTwo = 0, cpuSweep = 0, pauseSweep = 0;
        int chunk = reps / rounds;
        for (int k = 0; k < rounds; k++)
        {
            long seed = scenario.Seed + k;
            one += Time(() => ReplicationRunner.Run(scenario, () => new PriorityStrategy(), chunk, seed, parallelism: 1), ref cpuOne, ref pauseOne);
            two += Time(() => ReplicationRunner.Run(scenario, () => new PriorityStrategy(), chunk, seed, parallelism: 2), ref cpuTwo, ref pauseTwo);
            string round = Path.Combine(dir, k.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(round);
            string experiment = Path.Combine(round, "experiment.yaml");
            File.WriteAllText(experiment, $"experiment: scaling\nscenarios: ['{file}']\nstrategies: [priority]\nreplications: {chunk}\nseed: {seed}\n");
            sweep += Time(() =>
            {
                var clock = Stopwatch.StartNew();
                var s = SweepSetup.Load(experiment);
                setup += clock.Elapsed.TotalSeconds;
                compute += SweepRunner.Run(s, Path.Combine(round, "out"), ShardSpec.All, resume: false, threads: 2).ComputeSeconds;
                clock.Restart();
                SweepMerge.Run(Path.Combine(round, "out"));
                merge += clock.Elapsed.TotalSeconds;
            }, ref cpuSweep, ref pauseSweep);
        }
        Directory.Delete(dir, recursive: true);
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "RESULT bench=sweep-scaling replications={0} rounds={1} one_thread_s={2:F2} two_threads_s={3:F2} speedup={4:F2} sweep_two_threads_s={5:F2} " +
            "sweep_overhead_pct={6:F1} setup_s={7:F3} merge_s={8:F3} unit_compute_s={9:F2} cores={10} " +
            "cpu_one_thread_s={11:F2} cpu_two_threads_s={12:F2} cpu_sweep_s={15:F2} cpu_sweep_overhead_pct={16:F1} gc_pause_one_thread_s={13:F2} gc_pause_two_threads_s={14:F2}",
            chunk * rounds, rounds, one, two, one / two, sweep, (sweep - two) / two * 100, setup, merge, compute, Environment.ProcessorCount,
            cpuOne, cpuTwo, pauseOne, pauseTwo, cpuSweep, (cpuSweep - cpuTwo) / cpuTwo * 100));
        return 0;
    }

    /// <summary>Wall seconds, adding the process's CPU seconds and the GC's pause seconds meanwhile (on a shared machine, CPU time shows the work; wall time shows the load too).</summary>
    private static double Time(Action work, ref double cpu, ref double pause)
    {
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var pause0 = GC.GetTotalPauseDuration();
        double wall = Time(work);
        process.Refresh();
        cpu += (process.TotalProcessorTime - cpu0).TotalSeconds;
        pause += (GC.GetTotalPauseDuration() - pause0).TotalSeconds;
        return wall;
    }

    private static double Time(Action work)
    {
        var clock = Stopwatch.StartNew();
        work();
        return clock.Elapsed.TotalSeconds;
    }
}
