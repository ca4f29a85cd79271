// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Experiments;
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Core.Tests.Scenarios;
using Xunit;

namespace LogisticsSim.Core.Tests.Experiments;

public class ReplicationBatchesTests
{
    private static readonly Scenario Tutorial = ScenarioLoader.Load(RepoFiles.Scenario("tutorial.yaml")).Scenario!;

    private static (IReadOnlyList<RunSummary> Runs, PrecisionOutcome? Outcome) Run(PrecisionTarget? target, int batch, int max, int threads, params Func<IStrategy>[] strategies) =>
        ReplicationBatches.Run(strategies.Length, batch, target, max, (s, first, count) =>
            ReplicationRunner.Run(Tutorial, strategies[s], count, parallelism: threads, firstReplication: first));

    [Fact]
    public void WithoutATarget_OneBatch()
    {
        var (runs, outcome) = Run(null, 3, 3, 2, () => new FcfsStrategy());
        Assert.Null(outcome);
        Assert.Equal([0, 1, 2], runs[0].Replications.Select(r => r.Replication));
    }

    [Fact]
    public void TargetNeverMet_StopsAtTheMaximum_TheLastBatchCut()
    {
        var target = new PrecisionTarget("requests", 1e-9, Relative: false);
        var (runs, outcome) = Run(target, 4, 10, 2, () => new FcfsStrategy(), () => new PriorityStrategy());
        Assert.False(outcome!.Met);
        Assert.Equal(10, outcome.Replications);
        Assert.All(runs, r => Assert.Equal(Enumerable.Range(0, 10), r.Replications.Select(x => x.Replication)));
        Assert.Equal(2, outcome.Achieved.Count);
        Assert.All(outcome.Achieved, a => Assert.True(a > 1e-9));
    }

    [Fact]
    public void Batches_GiveTheSameFiguresAsOneRun_OnAnyThreadCount()
    {
        // Replication i has the same seed whichever batch runs it: the batched run equals a plain one of the same size.
        var target = new PrecisionTarget("on_time_rate", 0.1, Relative: true);
        var (one, a) = Run(target, 2, 12, 1, () => new PriorityStrategy());
        var (two, b) = Run(target, 2, 12, 2, () => new PriorityStrategy());
        Assert.Equal(a, b! with { Achieved = a!.Achieved });
        Assert.Equal(a.Achieved, b!.Achieved);
        Assert.True(a.Met);
        Assert.InRange(a.Replications, 2, 12);
        Assert.Equal(0, a.Replications % 2);
        var plain = ReplicationRunner.Run(Tutorial, () => new PriorityStrategy(), a.Replications);
        Assert.Equal(plain.Kpis, one[0].Kpis);
        Assert.Equal(plain.Kpis, two[0].Kpis);
        // Met only now: one batch fewer would not have been enough.
        if (a.Replications > 2)
        {
            var fewer = ReplicationRunner.Run(Tutorial, () => new PriorityStrategy(), a.Replications - 2);
            Assert.False(target.IsMetBy([fewer]));
        }
    }

    [Fact]
    public void Achieved_RelativeOrAbsolute_NaNWithoutAnInterval()
    {
        var interval = Interval.Of([0.8, 0.9, 1.0], KpiBounds.Share);
        Assert.Equal(interval.HalfWidth, new PrecisionTarget("fill_rate", 0.05, false).Achieved(interval));
        Assert.Equal(interval.HalfWidth / 0.9, new PrecisionTarget("fill_rate", 0.05, true).Achieved(interval), 12);
        Assert.True(double.IsNaN(new PrecisionTarget("fill_rate", 0.05, true).Achieved(Interval.Of([0.9]))));
        Assert.Equal(0, new PrecisionTarget("unmet_t", 0.05, true).Achieved(Interval.Of([0.0, 0.0])));
        Assert.Equal("fill_rate within 5% of its mean", new PrecisionTarget("fill_rate", 0.05, true).ToString());
        Assert.Equal("on_time_rate within 0.01", new PrecisionTarget("on_time_rate", 0.01, false).ToString());
    }
}
