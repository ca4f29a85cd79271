// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Experiments;
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Core.Tests.Scenarios;
using Xunit;

namespace LogisticsSim.Core.Tests.Kpis;

public class KpiBoundsTests
{
    [Theory]
    [InlineData("fill_rate", 0, 1)]
    [InlineData("on_time_rate", 0, 1)]
    [InlineData("coverage_min", 0, 1)]
    [InlineData("fleet_utilization.road", 0, 1)]
    [InlineData("unmet_t", 0, double.PositiveInfinity)]
    [InlineData("requests", 0, double.PositiveInfinity)]
    [InlineData("wait_h.by_priority.2.p95", 0, double.PositiveInfinity)]
    [InlineData("deprivation_person_days", 0, double.PositiveInfinity)]
    [InlineData("cost.total", 0, double.PositiveInfinity)]
    [InlineData("objective", 0, double.PositiveInfinity)]
    [InlineData("objective.deprivation", 0, double.PositiveInfinity)]
    [InlineData("something_new", double.NegativeInfinity, double.PositiveInfinity)]
    public void For_GivesEachKpiItsRange(string path, double lower, double upper) =>
        Assert.Equal(new KpiBounds(lower, upper), KpiBounds.For(path));

    [Fact]
    public void Difference_OfShares_IsMinusOneToOne_OfQuantities_None()
    {
        Assert.Equal(new KpiBounds(-1, 1), KpiBounds.Share.Difference);
        Assert.Equal(KpiBounds.None, KpiBounds.NonNegative.Difference);
    }

    [Theory]
    [InlineData("tutorial.yaml")]
    [InlineData("idai-beira.yaml")]
    public void EveryKpiTheModelReports_HasItsBounds(string scenario)
    {
        // A new KPI must say whether it is a share or a quantity, or its interval could cross a bound.
        var loaded = ScenarioLoader.Load(RepoFiles.Scenario(scenario)).Scenario!;
        var run = ReplicationRunner.Run(loaded, () => new PriorityStrategy(), 1);
        Assert.All(run.Kpis, k => Assert.NotEqual(KpiBounds.None, KpiBounds.For(k.Path)));
    }
}
