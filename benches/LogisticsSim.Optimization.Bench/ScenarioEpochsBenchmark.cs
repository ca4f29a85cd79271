// SPDX-License-Identifier: Apache-2.0
using System.Diagnostics;
using LogisticsSim.Core.Response;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;
using LogisticsSim.Kernel.Random;
using LogisticsSim.Optimization.Strategies;

namespace LogisticsSim.Optimization.Bench;

/// <summary>
/// `bench epochs FILE`: one replication of a scenario under the ortools strategy, timing every decision epoch
/// (wall clock, outside the simulation: the run's results are the same as without the timing). Prints the
/// distribution of the solve epochs' times, where their time goes (building the routing problems, the priced first
/// plan, the search, the rest of the epoch's decisions), the slowest solves with their sizes, and the run's KPIs.
/// </summary>
internal static class ScenarioEpochsBenchmark
{
    public static int Run(BenchOptions options, TextWriter o)
    {
        if (options.Positional.Count != 1)
        {
            o.WriteLine("usage: bench epochs FILE [--with 'ortools[option=value,...]'] [--days D] [--replication 0] [--slowest 10]");
            return 2;
        }
        var descriptors = new StrategyDescriptors([.. StrategyDescriptors.Builtin.All, OrToolsStrategyOptions.Descriptor]);
        var loaded = ScenarioLoader.Load(options.Positional[0], descriptors);
        if (loaded.Scenario is not { } scenario)
        {
            o.WriteLine(loaded.ErrorReport);
            return 2;
        }
        string written = options.Text("with", "ortools");
        var settings = descriptors.Resolve(written, [], out var problems);
        if (settings is null || settings.Descriptor != OrToolsStrategyOptions.Descriptor)
        {
            o.WriteLine($"--with: {written}: {(problems.Count > 0 ? string.Join("; ", problems.Select(p => p.ToString())) : "not the ortools strategy")}");
            return 2;
        }
        if (options.Number("days", 0) is > 0 and var days) scenario = scenario with { Horizon = SimTime.FromHours(24 * days) };
        int replication = (int)options.Number("replication", 0);
        var clock = new SolveClock();
        var strategy = new TimedStrategy(new OrToolsStrategy(OrToolsStrategyOptions.From(settings)) { Clock = clock });
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var result = new ResponseModel(scenario, strategy, replication).Run();
        double cpuSeconds = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;

        o.WriteLine($"{scenario.Name}: {scenario.Horizon.Hours / 24:0.#} days, replication {replication}, {settings}; "
            + $"{result.Kpis.Requests:N0} requests, {scenario.Fleet.Sum(f => f.Count)} vehicles, {scenario.Network.Nodes.Count} nodes.");
        o.WriteLine();
        var solves = clock.Solves;
        // A solve epoch's time is its whole Decide call: the solve and what the epoch then decides from the plan.
        var epochs = solves.Select((s, i) => (Solve: s, Decide: strategy.CallOf(i))).ToList();
        var others = strategy.Calls.Where(c => !c.Solved).ToList();
        o.WriteLine("| epochs | count | max s | p95 s | median s | mean s | total s |");
        o.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        Row(o, "solve epochs, wall clock", epochs.Select(e => e.Decide.Seconds));
        Row(o, "solve epochs, the thread's CPU", epochs.Select(e => e.Decide.CpuSeconds));
        Row(o, "other epochs (last plan reused), wall clock", others.Select(c => c.Seconds));
        o.WriteLine();
        double build = solves.Sum(s => s.BuildSeconds), start = solves.Sum(s => s.StartSeconds), search = solves.Sum(s => s.SolveSeconds);
        double total = epochs.Sum(e => e.Decide.Seconds), rest = total - build - start - search;
        o.WriteLine("| solve epochs' wall-clock time | s | share |");
        o.WriteLine("| --- | ---: | ---: |");
        foreach (var (phase, seconds) in new[] { ("building the routing problems", build), ("priced first plan", start), ("search", search), ("rest of the epoch", rest) })
        {
            o.WriteLine($"| {phase} | {seconds:F1} | {(total > 0 ? seconds / total : 0):P0} |");
        }
        o.WriteLine();
        int slowest = (int)options.Number("slowest", 10);
        o.WriteLine("| slowest solve epochs: at (h) | wall s | CPU s | build s | first plan s | search s | problems | parts | vehicles |");
        o.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (s, decide) in epochs.OrderByDescending(e => e.Decide.CpuSeconds).ThenByDescending(e => e.Decide.Seconds).Take(slowest))
        {
            o.WriteLine($"| {s.At.Hours:F1} | {decide.Seconds:F3} | {decide.CpuSeconds:F3} | {s.BuildSeconds:F3} | {s.StartSeconds:F3} | {s.SolveSeconds:F3} | "
                + $"{s.Problems} | {s.Parts} | {s.Vehicles} |");
        }
        o.WriteLine();
        var k = result.Kpis;
        o.WriteLine($"fill_rate {k.FillRate:F4}, on_time_rate {k.OnTimeRate:F4}, objective {k.Objective.Total:F0}, "
            + $"dispatched_by_plan {k.DispatchedByPlan:F0} t, dispatched_by_rule {k.DispatchedByRule:F0} t, strategy_fallbacks {k.StrategyFallbacks}");
        o.WriteLine($"process: {cpuSeconds:F1} CPU s for the run, peak working set {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        return 0;
    }

    private static void Row(TextWriter o, string label, IEnumerable<double> values)
    {
        var v = values.Order().ToArray();
        o.WriteLine($"| {label} | {v.Length} | {At(v, 1):F3} | {At(v, 0.95):F3} | {At(v, 0.5):F3} | {(v.Length > 0 ? v.Average() : 0):F4} | {v.Sum():F1} |");
    }

    /// <summary>The value at quantile <paramref name="q"/> of sorted <paramref name="values"/> (nearest rank); 0 when empty.</summary>
    private static double At(double[] values, double q) =>
        values.Length == 0 ? 0 : values[Math.Clamp((int)Math.Ceiling(q * values.Length) - 1, 0, values.Length - 1)];

    /// <summary>One Decide call: when, its wall-clock and thread CPU seconds, and whether it solved.</summary>
    private sealed record Call(SimTime At, double Seconds, double CpuSeconds, bool Solved);

    /// <summary>
    /// The ortools strategy, each Decide call timed; whether it solved is read from its clock. It forecasts as the
    /// strategy does (<c>anticipate</c>): the model hands the scenario on through it.
    /// </summary>
    private sealed class TimedStrategy(OrToolsStrategy inner) : IForecastingStrategy
    {
        public void Expect(Scenario scenario, Func<string, RandomStream> streams) => inner.Expect(scenario, streams);

        private readonly Dictionary<int, Call> _bySolve = [];

        public List<Call> Calls { get; } = [];

        public string Name => inner.Name;

        public SimTime? ReplanEvery => inner.ReplanEvery;

        public SimTime? NextEpoch => inner.NextEpoch;

        public int Fallbacks => inner.Fallbacks;

        public double PlannedTonnes => inner.PlannedTonnes;

        public IReadOnlyList<Decision> Decide(ISnapshot snapshot)
        {
            int solves = inner.Clock!.Solves.Count;
            double cpu = ThreadCpu.Seconds();
            long began = Stopwatch.GetTimestamp();
            var decisions = inner.Decide(snapshot);
            var call = new Call(snapshot.Now, Stopwatch.GetElapsedTime(began).TotalSeconds, ThreadCpu.Seconds() - cpu, inner.Clock.Solves.Count > solves);
            Calls.Add(call);
            if (call.Solved) _bySolve[solves] = call;
            return decisions;
        }

        /// <summary>The Decide call that made solve number <paramref name="solve"/> (one solve per call at most).</summary>
        public Call CallOf(int solve) => _bySolve[solve];
    }
}
