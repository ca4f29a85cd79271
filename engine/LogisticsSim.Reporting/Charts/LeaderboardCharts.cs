// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Reporting.Files;

namespace LogisticsSim.Reporting.Charts;

/// <summary>
/// A leaderboard drawn per scenario: each policy's gap to the reference in per cent (when the reference ran), and
/// each strategy's paired difference with the baseline with its 95% interval. Strategies sit side by side around
/// each scenario's position, so that their markers and bars do not hide one another.
/// </summary>
public static class LeaderboardCharts
{
    /// <summary>How far apart, in scenario widths, the strategies of one scenario are drawn.</summary>
    private const double Spread = 0.12;

    public static IReadOnlyList<ChartSpec> For(LeaderboardResults board)
    {
        ArgumentNullException.ThrowIfNull(board);
        var scenarios = board.Scenarios.Select(s => s.Scenario).ToArray();
        var charts = new List<ChartSpec>();
        if (board.Reference is { } reference)
        {
            var policies = board.Strategies.Where(s => s != reference).ToArray();
            var series = policies.Select((p, i) => Series(board, p, Offset(i, policies.Length), e => e.GapPercent, null, null)).ToArray();
            charts.Add(new ChartSpec("leaderboard-gap", $"{board.Kpi}: gap to {reference} by scenario (lower is better)", "scenario",
                $"gap to {reference} (% of its mean {board.Kpi})", series, scenarios));
        }
        var others = board.Strategies.Where(s => s != board.Baseline).ToArray();
        var differences = others.Select((p, i) => Series(board, p, Offset(i, others.Length),
            e => e.Difference?.Mean ?? double.NaN, e => e.Difference?.Low ?? double.NaN, e => e.Difference?.High ?? double.NaN)).ToArray();
        charts.Add(new ChartSpec("leaderboard-difference", $"{board.Kpi}: paired difference with {board.Baseline}, mean and 95% interval", "scenario",
            $"{board.Kpi} minus {board.Baseline}'s (same replications)", differences, scenarios));
        return charts;
    }

    private static double Offset(int index, int count) => (index - (count - 1) / 2.0) * Spread;

    private static ChartSeries Series(LeaderboardResults board, string strategy, double offset, Func<LeaderboardStrategyResults, double> y,
        Func<LeaderboardStrategyResults, double>? low, Func<LeaderboardStrategyResults, double>? high)
    {
        var entries = board.Scenarios.Select(s => s.Strategies.First(e => e.Strategy == strategy)).ToArray();
        string label = strategy == board.Reference ? $"{strategy} (reference)" : strategy;
        return new ChartSeries(label, entries.Select((_, i) => i + offset).ToArray(), entries.Select(y).ToArray(), SeriesStyle.Interval,
            low is null ? null : entries.Select(low).ToArray(), high is null ? null : entries.Select(high).ToArray());
    }
}
