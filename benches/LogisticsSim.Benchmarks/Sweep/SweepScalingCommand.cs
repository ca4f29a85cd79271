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
/// `sweep-scaling [REPLICATIONS] [SCENARIO]`: replications of the default scenario under priority on one
/// thread, then on two (the speed-up), then the same replications as a sweep on two threads (expansion,
/// scheduling, one result file per unit, merge) against the plain two-thread run (the sweep's overhead).
/// </summary>
public static class SweepScalingCommand
{
    public static int Run(string[] args)
    {
        int reps = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
        string file = args.Length > 1 ? Path.GetFullPath(args[1]) : Path.Combine(AppContext.BaseDirectory, "scenarios", "idai-beira.yaml");
        var loaded = ScenarioLoader.Load(file);
        var scenario = loaded.Scenario ?? throw new InvalidOperationException(loaded.ErrorReport);
        ReplicationRunner.Run(scenario, () => new PriorityStrategy(), 4, parallelism: 2); // warm-up: loading and JIT

        double one = Time(() => ReplicationRunner.Run(scenario, () => new PriorityStrategy(), reps, parallelism: 1));
        double two = Time(() => ReplicationRunner.Run(scenario, () => new PriorityStrategy(), reps, parallelism: 2));

        string dir = Path.Combine(Path.GetTempPath(), "logisticssim-sweep-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(dir);
        string experiment = Path.Combine(dir, "experiment.yaml");
        File.WriteAllText(experiment, $"experiment: scaling\nscenarios: ['{file}']\nstrategies: [priority]\nreplications: {reps}\n");
        SweepOutcome? outcome = null;
        double setup = 0, merge = 0;
        double sweep = Time(() =>
        {
            var clock = Stopwatch.StartNew();
            var s = SweepSetup.Load(experiment);
            setup = clock.Elapsed.TotalSeconds;
            outcome = SweepRunner.Run(s, Path.Combine(dir, "out"), ShardSpec.All, resume: false, threads: 2);
            clock.Restart();
            SweepMerge.Run(Path.Combine(dir, "out"));
            merge = clock.Elapsed.TotalSeconds;
        });
        Directory.Delete(dir, recursive: true);
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "RESULT bench=sweep-scaling replications={0} one_thread_s={1:F2} two_threads_s={2:F2} speedup={3:F2} sweep_two_threads_s={4:F2} " +
            "sweep_overhead_pct={5:F1} setup_s={6:F3} merge_s={7:F3} unit_compute_s={8:F2} cores={9}",
            reps, one, two, one / two, sweep, (sweep - two) / two * 100, setup, merge, outcome!.ComputeSeconds, Environment.ProcessorCount));
        return 0;
    }

    private static double Time(Action work)
    {
        var clock = Stopwatch.StartNew();
        work();
        return clock.Elapsed.TotalSeconds;
    }
}
