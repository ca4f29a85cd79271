// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Reporting.Charts;
using LogisticsSim.Reporting.Files;

namespace LogisticsSim.Reporting.Tests.Charts;

public sealed class LeaderboardChartsTests
{
    private const string Board = """
        {
          "suite": "s", "kpi": "objective", "baseline": "priority", "reference": "hindsight",
          "ranking": [{"rank": 1, "strategy": "priority", "score_percent": 10, "scenarios": 2}, {"rank": 2, "strategy": "fcfs", "score_percent": 30, "scenarios": 2}],
          "unranked_scenarios": [],
          "scenarios": [
            {"scenario": "a", "replications": 3, "strategies": {
              "fcfs": {"objective": {"mean": 13, "ci95": [12, 14]}, "difference": {"mean": 2, "ci95": [1, 3], "per_replication": [1, 2, 3]}, "gap_percent": 30,
                       "fill_rate": {"mean": 0.5, "ci95": [0.4, 0.6]}, "on_time_rate": {"mean": 0.4, "ci95": [0.3, 0.5]}},
              "priority": {"objective": {"mean": 11, "ci95": [10, 12]}, "gap_percent": 10,
                       "fill_rate": {"mean": 0.9, "ci95": [0.8, 1]}, "on_time_rate": {"mean": 0.8, "ci95": [0.7, 0.9]}},
              "hindsight": {"objective": {"mean": 10, "ci95": [9, 11]}, "difference": {"mean": -1, "ci95": [-2, 0], "per_replication": [-1, -1, -1]}, "gap_percent": 0,
                       "fill_rate": {"mean": 1, "ci95": [1, 1]}, "on_time_rate": {"mean": 1, "ci95": [1, 1]}}}},
            {"scenario": "b", "replications": 3, "strategies": {
              "fcfs": {"objective": {"mean": 26, "ci95": [24, 28]}, "difference": {"mean": 4, "ci95": [null, null], "per_replication": [4, 4, 4]}, "gap_percent": 30,
                       "fill_rate": {"mean": 0.5, "ci95": [0.4, 0.6]}, "on_time_rate": {"mean": 0.4, "ci95": [0.3, 0.5]}},
              "priority": {"objective": {"mean": 22, "ci95": [20, 24]}, "gap_percent": 10,
                       "fill_rate": {"mean": 0.9, "ci95": [0.8, 1]}, "on_time_rate": {"mean": 0.8, "ci95": [0.7, 0.9]}},
              "hindsight": {"objective": {"mean": 20, "ci95": [18, 22]}, "difference": {"mean": -2, "ci95": [-3, -1], "per_replication": [-2, -2, -2]}, "gap_percent": 0,
                       "fill_rate": {"mean": 1, "ci95": [1, 1]}, "on_time_rate": {"mean": 1, "ci95": [1, 1]}}}}
          ]
        }
        """;

    private const string Timings = "scenario,strategy,replications,wall_seconds_mean,wall_seconds_total\na,fcfs,3,0.5,1.5\nb,priority,3,,\n";

    [Fact]
    public void Read_TheLeaderboardAndItsSeconds()
    {
        var board = LeaderboardJson.Read(Board, "leaderboard.json", Timings);
        Assert.Equal(["fcfs", "priority", "hindsight"], board.Strategies);
        Assert.Equal(("objective", "priority", "hindsight"), (board.Kpi, board.Baseline, board.Reference));
        Assert.Equal([1, 2], board.Ranking.Select(r => r.Rank));
        var fcfs = board.Scenarios[0].Strategies[0];
        Assert.Equal((13.0, 12.0, 14.0), (fcfs.Objective.Mean, fcfs.Objective.Low, fcfs.Objective.High));
        Assert.Equal(2, fcfs.Difference!.Mean);
        Assert.Null(board.Scenarios[0].Strategies[1].Difference);
        Assert.Equal(0.5, fcfs.WallSeconds);
        Assert.True(double.IsNaN(board.Scenarios[1].Strategies[1].WallSeconds));
        Assert.True(double.IsNaN(board.Scenarios[1].Strategies[2].WallSeconds));
    }

    [Fact]
    public void For_GapPerPolicyAndPairedDifferenceWithItsInterval_SideBySidePerScenario()
    {
        var charts = LeaderboardCharts.For(LeaderboardJson.Read(Board, "leaderboard.json"));
        Assert.Equal(["leaderboard-gap", "leaderboard-difference"], charts.Select(c => c.Id));
        var gap = charts[0];
        Assert.Equal(["a", "b"], gap.XTickLabels!);
        Assert.Equal(["fcfs", "priority"], gap.Series.Select(s => s.Label));
        Assert.Equal([30.0, 30.0], gap.Series[0].Y);
        Assert.Equal([-0.06, 0.94], gap.Series[0].X.Select(x => Math.Round(x, 9)));
        var difference = charts[1];
        Assert.Equal(["fcfs", "hindsight (reference)"], difference.Series.Select(s => s.Label));
        Assert.Equal([-1.0, -2.0], difference.Series[1].Y);
        Assert.Equal([-2.0, -3.0], difference.Series[1].Low!);
        Assert.True(double.IsNaN(difference.Series[0].Low![1]));
        Assert.NotEmpty(ChartRenderer.Svg(difference));
    }

    [Fact]
    public void For_WithoutTheReference_OnlyTheDifferences()
    {
        var board = LeaderboardJson.Read(Board.Replace("\"reference\": \"hindsight\"", "\"reference\": null", StringComparison.Ordinal), "leaderboard.json");
        Assert.Equal(["leaderboard-difference"], LeaderboardCharts.For(board).Select(c => c.Id));
    }

    [Fact]
    public void Read_WithoutTheKpi_SaysWhatIsMissing()
    {
        var e = Assert.Throws<ReportInputException>(() => LeaderboardJson.Read(Board.Replace("\"kpi\": \"objective\",", "", StringComparison.Ordinal), "x/leaderboard.json"));
        Assert.Contains("x/leaderboard.json: kpi: found nothing usable, expected a string", e.Message, StringComparison.Ordinal);
    }
}
