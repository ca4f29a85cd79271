// SPDX-License-Identifier: Apache-2.0
using System.Diagnostics;
using System.Globalization;
using LogisticsSim.Core.Experiments;
using LogisticsSim.Core.Response;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;

namespace LogisticsSim.Benchmarks.Model;

/// <summary>
/// Console modes for the logistics model:
/// `model scale N [N...]` runs the synthetic region with N requests (priority, one replication);
/// `model scenario FILE [REPLICATIONS] [THREADS]` times replications of a scenario file.
/// </summary>
public static class ModelCommand
{
    public static int Run(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "scale":
                Scale(1000, report: false); // warm-up: the first run pays for loading and JIT
                foreach (var n in args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture))) Scale(n);
                return 0;
            case "scenario" when args.Length >= 2:
                Replications(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1,
                    args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : null);
                return 0;
            default:
                Console.Error.WriteLine("usage: model scale N [N...] | model scenario FILE [REPLICATIONS] [THREADS]");
                return 2;
        }
    }

    private static void Scale(int requests, bool report = true)
    {
        var scenario = Load(ScalingScenario.Yaml(requests), $"scaling-{requests}.yaml");
        var clock = Stopwatch.StartNew();
        var result = new ResponseModel(scenario, new PriorityStrategy(), 0).Run();
        double secs = clock.Elapsed.TotalSeconds;
        if (!report) return;
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "RESULT model=scale requests={0} events={1} wall_seconds={2:F3} us_per_request={3:F2} fill_rate={4:F3} fleet_utilization={5:F3}",
            result.Kpis.Requests, result.Kpis.Events, secs, secs * 1e6 / result.Kpis.Requests, result.Kpis.FillRate, result.Kpis.FleetUtilization["road"]));
    }

    private static void Replications(string file, int replications, int? threads)
    {
        var loaded = ScenarioLoader.Load(file);
        var scenario = loaded.Scenario ?? throw new InvalidOperationException(loaded.ErrorReport);
        var clock = Stopwatch.StartNew();
        var run = ReplicationRunner.Run(scenario, () => new PriorityStrategy(), replications, parallelism: threads);
        double secs = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "RESULT model=scenario file={0} replications={1} threads={2} wall_seconds={3:F3} seconds_per_replication={4:F4} requests={5}",
            Path.GetFileName(file), replications, threads?.ToString(CultureInfo.InvariantCulture) ?? "all", secs, secs / replications,
            run.Replications.Sum(r => r.Kpis.Requests)));
    }

    private static Scenario Load(string yaml, string name)
    {
        var loaded = ScenarioLoader.LoadFromText(yaml, name);
        return loaded.Scenario ?? throw new InvalidOperationException(loaded.ErrorReport);
    }
}
