// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Experiments.Benchmarks;
using Xunit;

namespace LogisticsSim.Core.Tests.Experiments.Benchmarks;

/// <summary>
/// The leaderboard against a hand computation: a made-up KPI "x" (no bounds, so plain Student t intervals) on two
/// scenarios, three strategies and three replications, values chosen so that every figure is worked out below.
/// </summary>
public class LeaderboardTests
{
    private const double T2 = 4.302652729749464; // Student's t, 2 degrees of freedom, 97.5%

    private static IReadOnlyList<(string, double)> V(double x, double fill = 1) => [("x", x), ("fill_rate", fill), ("on_time_rate", fill / 2)];

    /// <summary>[scenario][strategy][replication]; strategies a, base, ref.</summary>
    private static IReadOnlyList<IReadOnlyList<IReadOnlyList<IReadOnlyList<(string, double)>>>> Vectors(double[] refS2) =>
    [
        [
            [V(11, 0.5), V(15, 0.7), V(16, 0.9)],
            [V(10), V(12), V(14)],
            [V(8), V(10), V(12)],
        ],
        [
            [V(4), V(4), V(7)],
            [V(5), V(5), V(5)],
            [V(refS2[0]), V(refS2[1]), V(refS2[2])],
        ],
    ];

    private static Leaderboard Build(string? reference, double[]? refS2 = null) =>
        Leaderboard.Build("x", ["s1", "s2"], ["a", "base", "ref"], "base", reference, Vectors(refS2 ?? [1, 2, 3]));

    [Fact]
    public void Entry_PairedDifference_ReplicationByReplication_WithItsInterval()
    {
        var board = Build("ref");
        var a = board.Entry(0, "a");
        // a - base on each replication: 11-10, 15-12, 16-14 = 1, 3, 2: mean 2, standard deviation 1.
        Assert.Equal([1.0, 3.0, 2.0], a.PairedDifferences);
        Assert.Equal(2, a.Difference!.Mean, 12);
        Assert.Equal(2 - T2 / Math.Sqrt(3), a.Difference.Low, 9);
        Assert.Equal(2 + T2 / Math.Sqrt(3), a.Difference.High, 9);
        Assert.Equal(14, a.Objective.Mean, 12);
        Assert.Null(board.Entry(0, "base").Difference);
        Assert.Empty(board.Entry(0, "base").PairedDifferences);
        Assert.Equal(0.7, a.FillRate.Mean, 12);
        Assert.Equal(0.35, a.OnTimeRate.Mean, 12);
    }

    [Fact]
    public void Gap_ToTheReference_InPerCent()
    {
        var board = Build("ref");
        // Means on s1: a 14, base 12, ref 10. On s2: a 5, base 5, ref 2.
        Assert.Equal(40, board.Entry(0, "a").GapPercent, 9);
        Assert.Equal(20, board.Entry(0, "base").GapPercent, 9);
        Assert.Equal(0, board.Entry(0, "ref").GapPercent);
        Assert.Equal(150, board.Entry(1, "a").GapPercent, 9);
    }

    [Fact]
    public void Rank_ByMeanGapAcrossScenarios_ReferenceNotRanked()
    {
        var board = Build("ref");
        // base: (20 + 150) / 2 = 85; a: (40 + 150) / 2 = 95.
        Assert.True(board.RankedByReference);
        Assert.Equal(["base", "a"], board.Ranking.Select(r => r.Strategy));
        Assert.Equal([1, 2], board.Ranking.Select(r => r.Rank));
        Assert.Equal(85, board.Ranking[0].ScorePercent, 9);
        Assert.Equal(95, board.Ranking[1].ScorePercent, 9);
        Assert.All(board.Ranking, r => Assert.Equal(2, r.Scenarios));
        Assert.Empty(board.Unranked);
    }

    [Fact]
    public void ZeroReference_GapUndefinedUnlessBothZero_ScenarioLeftOutForEveryPolicy()
    {
        var board = Build("ref", refS2: [0, 0, 0]);
        Assert.True(double.IsNaN(board.Entry(1, "a").GapPercent));
        Assert.Equal(0, board.Entry(1, "ref").GapPercent);
        Assert.Equal(["s2"], board.Unranked);
        // Over s1 alone: base 20, a 40.
        Assert.Equal(20, board.Ranking[0].ScorePercent, 9);
        Assert.Equal(40, board.Ranking[1].ScorePercent, 9);
        Assert.All(board.Ranking, r => Assert.Equal(1, r.Scenarios));
        Assert.Equal(0, Leaderboard.Percent(0, 0));
        Assert.True(double.IsNaN(Leaderboard.Percent(1, 0)));
    }

    [Fact]
    public void WithoutTheReference_RankByDifferenceAsAShareOfTheBaseline()
    {
        var board = Leaderboard.Build("x", ["s1", "s2"], ["a", "base"], "base", "hindsight",
            Vectors([1, 2, 3]).Select(s => (IReadOnlyList<IReadOnlyList<IReadOnlyList<(string, double)>>>)s.Take(2).ToArray()).ToArray());
        Assert.False(board.RankedByReference);
        Assert.Null(board.Reference);
        Assert.True(double.IsNaN(board.Entry(0, "a").GapPercent));
        // a: s1 2 / 12 = 16.67%, s2 (-1 -1 +2) / 3 = 0 of 5 = 0%: mean 8.33%. base: 0.
        Assert.Equal(["base", "a"], board.Ranking.Select(r => r.Strategy));
        Assert.Equal(0, board.Ranking[0].ScorePercent);
        Assert.Equal(100.0 * 2 / 12 / 2, board.Ranking[1].ScorePercent, 9);
    }

    [Fact]
    public void EqualScores_ShareARank_InTheOrderGiven()
    {
        IReadOnlyList<IReadOnlyList<IReadOnlyList<(string, double)>>> scenario = [[V(3), V(4)], [V(1), V(2)], [V(3), V(4)], [V(1), V(1)]];
        var board = Leaderboard.Build("x", ["s"], ["p", "base", "q", "ref"], "base", "ref", [scenario]);
        Assert.Equal(["base", "p", "q"], board.Ranking.Select(r => r.Strategy));
        Assert.Equal([1, 2, 2], board.Ranking.Select(r => r.Rank));
    }

    [Fact]
    public void MissingKpi_NoScores_NoRanks()
    {
        var board = Leaderboard.Build("objective", ["s1", "s2"], ["a", "base", "ref"], "base", "ref", Vectors([1, 2, 3]));
        Assert.All(board.Ranking, r => Assert.Null(r.Rank));
        Assert.Equal(["s1", "s2"], board.Unranked);
        Assert.True(double.IsNaN(board.Entry(0, "a").Objective.Mean));
    }
}
