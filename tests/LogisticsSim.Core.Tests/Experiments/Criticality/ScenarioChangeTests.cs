// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Experiments.Criticality;
using LogisticsSim.Core.Hazards;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Tests.Scenarios;
using LogisticsSim.Kernel;
using LogisticsSim.Kernel.Random;
using Xunit;

namespace LogisticsSim.Core.Tests.Experiments.Criticality;

public class ScenarioChangeTests
{
    private static readonly Scenario Tutorial = ScenarioLoader.Load(RepoFiles.Scenario("tutorial.yaml")).Scenario!;

    [Fact]
    public void Disrupted_AddsOneSureHazard_OverTheWindow_AndLeavesTheScenarioGivenAsItWas()
    {
        var link = new LinkId("PORT-DONDO-road");
        var change = new ScenarioChange.Disrupted(link, null, Disruption.Closed, SimTime.FromHours(24), null);
        int before = Tutorial.Hazards.Count;
        var changed = change.Apply(Tutorial);
        Assert.Equal(before, Tutorial.Hazards.Count);
        Assert.Equal(before + 1, changed.Hazards.Count);
        var added = changed.Hazards[^1];
        Assert.Equal(link, added.Link);
        Assert.Equal(1, added.Probability);
        Assert.IsType<HazardEffect.Closed>(added.Effect);
        Assert.Equal(24, ((Constant)added.StartHours).Value);
        Assert.Equal(Tutorial.Horizon.Hours - 24, ((Constant)added.DurationHours).Value);
        Assert.Equal("link PORT-DONDO-road: closed from 24h", change.Label);
        Assert.DoesNotContain(Tutorial.Hazards, h => h.Id == ScenarioChange.Disrupted.HazardId);
    }

    [Fact]
    public void FleetResized_NeverGoesBelowNone_AndTouchesOnlyItsEntry()
    {
        var changed = new ScenarioChange.FleetResized("heli", -5).Apply(Tutorial);
        Assert.Equal(0, changed.Fleet.Single(v => v.Id.Value == "heli").Count);
        Assert.Equal(Tutorial.Fleet.Single(v => v.Id.Value == "truck10").Count, changed.Fleet.Single(v => v.Id.Value == "truck10").Count);
        Assert.Equal(1, Tutorial.Fleet.Single(v => v.Id.Value == "heli").Count);
        Assert.True(new ScenarioChange.FleetResized("heli", 1).IsGain);
        Assert.False(new ScenarioChange.FleetResized("heli", -1).IsGain);
    }

    [Fact]
    public void HazardsRemoved_RemovesThatLinksHazardsOnly()
    {
        var link = new LinkId("PORT-BUZI-road");
        Assert.Contains(Tutorial.Hazards, h => h.Link == link);
        var changed = new ScenarioChange.HazardsRemoved(link).Apply(Tutorial);
        Assert.DoesNotContain(changed.Hazards, h => h.Link == link);
        Assert.Equal(Tutorial.Hazards.Count(h => h.Link != link), changed.Hazards.Count);
    }

    [Fact]
    public void StockAndStorage_AreScaled_OneEntryOrNodeAtATime()
    {
        var stock = new ScenarioChange.StockScaled(1, "PORT/shelter", 0.5).Apply(Tutorial);
        Assert.Equal(Tutorial.Stock[1].Tonnes / 2, stock.Stock[1].Tonnes);
        Assert.Equal(Tutorial.Stock[0].Tonnes, stock.Stock[0].Tonnes);
        var storage = new ScenarioChange.StorageScaled(new NodeId("AIRPORT"), 1.5).Apply(Tutorial);
        Assert.Equal(450, storage.Network.GetNode(new NodeId("AIRPORT")).StorageTonnes);
        Assert.Equal(5000, storage.Network.GetNode(new NodeId("PORT")).StorageTonnes);
    }

    [Theory]
    [InlineData("closed", true)]
    [InlineData("slowed=2", true)]
    [InlineData("capacity=0.5", false)]
    public void Disruption_Reads_WhatItActsOn(string text, bool actsOnLinks)
    {
        var d = Disruption.TryParse(text, out var problem);
        Assert.Null(problem);
        Assert.Equal(actsOnLinks, d!.ActsOnLinks);
        Assert.Equal(text, d.Text);
    }

    [Theory]
    [InlineData("slowed=1")]
    [InlineData("slowed")]
    [InlineData("capacity=1")]
    [InlineData("capacity=0")]
    [InlineData("open")]
    public void Disruption_RefusesNonsense_SayingWhatItExpected(string text)
    {
        Assert.Null(Disruption.TryParse(text, out var problem));
        Assert.Contains($"found '{text}', expected", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Targets_Losses_EveryLinkAndNode_FleetByOneAndByHalf_StockHalved()
    {
        var changes = CriticalityTargets.Build(Tutorial, CriticalityTargets.Kinds, Disruption.Closed, SimTime.Zero, null, gains: false);
        Assert.Equal(Tutorial.Network.Links.Count, changes.Count(c => c.Kind == "link"));
        Assert.Equal(Tutorial.Network.Nodes.Count, changes.Count(c => c.Kind == "node"));
        // truck10 (6 units): -1 and -3; heli (1 unit): -1 only.
        Assert.Equal(["fleet truck10: -1 unit", "fleet truck10: -3 units", "fleet heli: -1 unit"], changes.Where(c => c.Kind == "fleet").Select(c => c.Label));
        Assert.Equal(Tutorial.Stock.Count, changes.Count(c => c.Kind == "stock"));
        Assert.All(changes, c => Assert.False(c.IsGain));
        Assert.Equal(changes.Count, changes.Select(c => c.Label).Distinct().Count());
    }

    [Fact]
    public void Targets_Gains_HazardProneLinks_StorageNodes_FleetPlusOne()
    {
        var changes = CriticalityTargets.Build(Tutorial, CriticalityTargets.Kinds, Disruption.Closed, SimTime.Zero, null, gains: true);
        Assert.Equal(["PORT-BUZI-road", "PORT-DONDO-road"], changes.Where(c => c.Kind == "link").Select(c => c.Target));
        Assert.Equal(["PORT", "AIRPORT"], changes.Where(c => c.Kind == "storage").Select(c => c.Target));
        Assert.All(changes, c => Assert.True(c.IsGain));
    }

    [Fact]
    public void Idle_IsEveryLinkWithNoTonnesInAnyReplication()
    {
        var idle = CriticalityTargets.Idle(Tutorial, [[("PORT-DONDO-road", 5.0)], [("PORT-BUZI-road", 1.0), ("PORT-AIRPORT-road", 0.0)]]);
        Assert.DoesNotContain(new LinkId("PORT-DONDO-road"), idle);
        Assert.DoesNotContain(new LinkId("PORT-BUZI-road"), idle);
        Assert.Contains(new LinkId("PORT-AIRPORT-road"), idle);
        Assert.Equal(Tutorial.Network.Links.Count - 2, idle.Count);
    }
}
