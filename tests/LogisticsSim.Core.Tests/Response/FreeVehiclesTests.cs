// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Response;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Core.Tests.Scenarios;
using LogisticsSim.Kernel;
using Xunit;

namespace LogisticsSim.Core.Tests.Response;

/// <summary>
/// The model keeps the vehicles without work apart, so that an epoch need not walk the fleet: at every epoch the free
/// vehicles it hands out must be exactly the fleet's available ones, in fleet order, through work, breakdowns and repairs.
/// </summary>
public class FreeVehiclesTests
{
    [Theory]
    [InlineData("tutorial.yaml", 0)]
    [InlineData("tutorial.yaml", 1)]
    [InlineData("suite/road-closures-haiti.yaml", 0)]
    [InlineData("idai-beira.yaml", 0)]
    public void FreeVehicles_AreTheAvailableOnes_AtEveryEpoch(string file, int replication)
    {
        var scenario = ScenarioLoader.Load(RepoFiles.Scenario(file)).Scenario ?? throw new InvalidOperationException(file + " does not load");
        bool sawBusy = false;
        var checking = new Watching(new PriorityStrategy(), (s, problems) =>
        {
            var free = s.FreeVehicles.Select(v => v.Id).ToList(); // asked first: from the model's own index
            var expected = s.Vehicles.Where(v => v.IsAvailable).Select(v => v.Id).ToList();
            sawBusy |= expected.Count < s.Vehicles.Count;
            if (!free.SequenceEqual(expected)) problems.Add($"{s.Now}: free {string.Join(",", free)}, available {string.Join(",", expected)}");
        });
        new ResponseModel(scenario, checking, replication).Run();
        Assert.Empty(checking.Problems);
        Assert.True(checking.Epochs > 50, $"only {checking.Epochs} epochs");
        Assert.True(sawBusy, "no epoch with a busy vehicle: the check proves nothing");
    }

    /// <summary>
    /// The model reads only the routes and vehicles within reach of each other (per mode, the pieces of the network its open
    /// links join): at every epoch, through closures and reopenings, the routes it hands out must be those of all routes, in
    /// their order, that a free vehicle might reach, leaving out none it can; and the vehicles near a node every free one that
    /// can get there, in fleet order.
    /// </summary>
    [Theory]
    [InlineData("tutorial.yaml", 0)]
    [InlineData("suite/road-closures-haiti.yaml", 1)] // (its replication 0 never cuts a free vehicle off: nothing to leave out)
    [InlineData("suite/mixed-fleet-south-sudan.yaml", 0)]
    [InlineData("idai-beira.yaml", 0)]
    public void RoutesAndVehiclesWithinReach_LeaveOutNoneThatCan_AtEveryEpoch(string file, int replication)
    {
        var scenario = ScenarioLoader.Load(RepoFiles.Scenario(file)).Scenario ?? throw new InvalidOperationException(file + " does not load");
        bool sawLeftOut = false;
        var checking = new Watching(new PriorityStrategy(), (s, problems) => sawLeftOut |= WithinReach(s, problems));
        new ResponseModel(scenario, checking, replication).Run();
        Assert.Empty(checking.Problems);
        Assert.True(checking.Epochs > 50, $"only {checking.Epochs} epochs");
        Assert.True(sawLeftOut, "no epoch left a route or a vehicle out: the check proves nothing");
    }

    /// <summary>Checks one epoch's routes within reach and vehicles near each node; true when either left something out.</summary>
    private static bool WithinReach(ISnapshot s, List<string> problems)
    {
        bool leftOut = false;
        if (s.FreeVehicleCount != s.FreeVehicles.Count) problems.Add($"{s.Now}: {s.FreeVehicleCount} free counted, {s.FreeVehicles.Count} listed");
        bool CanReach(VehicleView v, Core.Network.NodeId node) => !double.IsPositiveInfinity(s.TravelHours(v.Type, v.Location, node));
        var all = s.Routes.ToList();
        var within = s.RoutesWithinReach.ToList();
        if (!within.SequenceEqual(all.Where(within.Contains))) problems.Add($"{s.Now}: routes within reach out of order");
        foreach (var route in all.Where(r => s.FreeVehicles.Any(v => CanReach(v, r.From))))
        {
            if (!within.Contains(route)) problems.Add($"{s.Now}: route {route} left out, a free vehicle reaches its origin");
        }
        leftOut |= within.Count < all.Count;
        var free = s.FreeVehicles.Select(v => v.Id).ToList();
        foreach (var node in s.Nodes)
        {
            var near = s.FreeVehiclesNear(node)?.Select(v => v.Id).ToList();
            if (near is null)
            {
                problems.Add($"{s.Now}: no vehicles near {node}");
                continue;
            }
            if (!near.SequenceEqual(free.Where(near.Contains))) problems.Add($"{s.Now}: vehicles near {node} out of fleet order");
            foreach (var v in s.FreeVehicles.Where(v => CanReach(v, node) && !near.Contains(v.Id))) problems.Add($"{s.Now}: {v.Id} left out near {node}");
            leftOut |= near.Count < free.Count;
        }
        return leftOut;
    }

    /// <summary>The strategy, with a check of each epoch's snapshot before it decides (what it finds wrong goes to <see cref="Problems"/>).</summary>
    private sealed class Watching(IStrategy inner, Action<ISnapshot, List<string>> check) : IStrategy
    {
        public List<string> Problems { get; } = [];
        public int Epochs { get; private set; }

        public string Name => inner.Name;
        public SimTime? ReplanEvery => inner.ReplanEvery;

        public IReadOnlyList<Decision> Decide(ISnapshot snapshot)
        {
            Epochs++;
            check(snapshot, Problems);
            return inner.Decide(snapshot);
        }
    }
}
