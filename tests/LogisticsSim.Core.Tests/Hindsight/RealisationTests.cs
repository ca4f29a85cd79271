// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Hindsight;
using LogisticsSim.Core.Response;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Core.Tests.Response;
using LogisticsSim.Core.Tests.Scenarios;
using LogisticsSim.Kernel;
using Xunit;

namespace LogisticsSim.Core.Tests.Hindsight;

/// <summary>
/// The replay that a hindsight reference is given must be what real runs meet, whatever their strategy:
/// the same requests (ids, ready and due times, tonnes, places, priorities), hazards and breakdowns.
/// </summary>
public class RealisationTests
{
    private static Scenario Load(string file) => ScenarioLoader.Load(RepoFiles.Scenario(file)).Scenario
        ?? throw new InvalidOperationException(file + " does not load");

    /// <summary>The tutorial has arrivals, needs, closures, slowdowns and breakdowns; Yemen has demand surges, which hazards drive.</summary>
    public static TheoryData<string, string, int> Runs()
    {
        var data = new TheoryData<string, string, int>();
        foreach (string file in new[] { "tutorial.yaml", "suite/demand-surge-yemen.yaml" })
        {
            foreach (string strategy in new[] { "fcfs", "priority" })
            {
                for (int replication = 0; replication < 3; replication++) data.Add(file, strategy, replication);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Replay_EqualsWhatARealRunMeets(string file, string strategy, int replication)
    {
        var scenario = Load(file);
        const long seed = 20221130;
        var model = new ResponseModel(scenario, TestScenarios.Strategy(strategy), replication, seed);
        var result = model.Run();
        var replay = ResponseModel.Replay(scenario, replication, seed);

        Assert.NotEmpty(replay.Requests);
        // A request carried as a chain (the tutorial's, to Buzi while its road is closed) is foreseen as its first leg, ID#1.
        Assert.Equal(
            result.Requests.Select(r => (r.Id, r.Ready, r.Due, r.Tonnes, r.Origin, r.Destination, r.Priority)),
            replay.Requests.Select(r => (r.Id.Split('#')[0], r.Ready.Hours, r.Due.Hours, r.Tonnes, r.From.Value, r.To.Value, r.Priority)));
        if (file == "tutorial.yaml") Assert.Contains(replay.Requests, r => r.Id.EndsWith("#1", StringComparison.Ordinal));
        var met = model.Realised();
        // A chain's first leg ends where the run last routed it: the replay, which never dispatches, re-routes it when
        // the network changes (Buzi's road reopening), the real run may have carried it already. And the legs a run
        // opens later take sequence numbers, so the requests after them are numbered on. The rest is the same.
        static object Key(OpenRequest r) => r.Id.Contains('#', StringComparison.Ordinal) ? r with { To = default, Sequence = 0 } : r with { Sequence = 0 };
        Assert.Equal(met.Requests.Select(Key), replay.Requests.Select(Key));
        Assert.Equal(Hazards(met), Hazards(replay));
        Assert.Equal(met.Breakdowns, replay.Breakdowns);
        if (file == "tutorial.yaml") Assert.NotEmpty(replay.Breakdowns);
        Assert.NotEmpty(replay.Hazards);
    }

    private static IEnumerable<string> Hazards(Realisation r) =>
        r.Hazards.Select(h => $"{h.Id} {h.Effect.Name} {string.Join(",", h.Links.Select(l => l.Value))} {h.Node} {h.Start} {h.End}");

    [Fact]
    public void Replay_OtherReplications_OtherRealisations()
    {
        var scenario = Load("tutorial.yaml");
        var a = ResponseModel.Replay(scenario, 0);
        var b = ResponseModel.Replay(scenario, 1);
        Assert.NotEqual(a.Requests.Select(r => (r.Id, r.Ready)), b.Requests.Select(r => (r.Id, r.Ready)));
    }

    [Fact]
    public void Replay_HazardWindows_AreTheirDrawnStartAndDuration()
    {
        var scenario = TestScenarios.Load("""
            scenario: {name: Window}
            horizon: 2d
            network:
              nodes:
                - {id: A, kind: hub, lat: 0, lon: 0}
                - {id: B, kind: district, lat: 0, lon: 0.5, population: 100}
              links:
                - {from: A, to: B, mode: road, km: 50}
            fleet:
              - {id: truck, mode: road, count: 1, base: A, payload_t: 10, kmh: 50}
            items:
              - {id: food, t_per_m3: 1}
            hazards:
              - {link: A-B-road, effect: closed, at: 5h, duration: 60h}
              - {node: B, effect: closed, at: 3d, duration: 1h}
            """);
        var hazard = Assert.Single(ResponseModel.Replay(scenario, 0).Hazards); // the second starts after the horizon
        Assert.Equal((SimTime.FromHours(5), SimTime.FromHours(65), "A-B-road"), (hazard.Start, hazard.End, hazard.Links.Single().Value));
        Assert.True(hazard.Covers(SimTime.FromHours(5)) && !hazard.Covers(SimTime.FromHours(65)));
    }
}
