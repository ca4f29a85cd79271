// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Cli.Sweeps;
using LogisticsSim.Reporting.Files;

namespace LogisticsSim.Cli.Benchmarks;

/// <summary>
/// timings.csv: the wall seconds per replication of each scenario and strategy, as the units recorded them. Wall
/// time depends on the machine, its load and the threads, so it is kept out of the leaderboard, which is
/// byte-identical however the benchmark ran; this file is not.
/// </summary>
public static class TimingsFile
{
    public static readonly string[] Header = ["scenario", "strategy", "replications", "wall_seconds_mean", "wall_seconds_total"];

    /// <param name="writer">Where to write.</param>
    /// <param name="plan">The units.</param>
    /// <param name="seconds">A unit's wall seconds, NaN when its result does not record them (written before they were).</param>
    public static void Write(TextWriter writer, SavedPlan plan, Func<PlannedUnit, double> seconds)
    {
        using var csv = Csv.Writer(writer);
        csv.WriteHeader(Header);
        for (int sc = 0; sc < plan.Scenarios.Count; sc++)
        {
            for (int st = 0; st < plan.Strategies.Count; st++)
            {
                var timed = plan.Units.Where(u => u.Unit.Scenario == sc && u.Unit.Strategy == st).Select(seconds).Where(double.IsFinite).ToArray();
                double total = timed.Sum();
                csv.WriteRecord([plan.Scenarios[sc], plan.Strategies[st], timed.Length.ToString(CultureInfo.InvariantCulture),
                    Csv.Number(timed.Length == 0 ? double.NaN : total / timed.Length), Csv.Number(timed.Length == 0 ? double.NaN : total)]);
            }
        }
    }
}
