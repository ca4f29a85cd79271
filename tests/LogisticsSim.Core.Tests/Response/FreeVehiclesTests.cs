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
        var checking = new Checking(new PriorityStrategy());
        new ResponseModel(scenario, checking, replication).Run();
        Assert.Empty(checking.Problems);
        Assert.True(checking.Epochs > 50, $"only {checking.Epochs} epochs");
        Assert.True(checking.SawBusy, "no epoch with a busy vehicle: the check proves nothing");
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
        var checking = new CheckingReach(new PriorityStrategy());
        new ResponseModel(scenario, checking, replication).Run();
        Assert.Empty(checking.Problems);
        Assert.True(checking.Epochs > 50, $"only {checking.Epochs} epochs");
        Assert.True(checking.SawLeftOut, "no epoch left a route or a vehicle out: the check proves nothing");
    }

    private sealed class CheckingReach(IStrategy inner) : IStrategy
    {
        public List<string> Problems { get; } = [];
        public int Epochs { get; private set; }
        public bool SawLeftOut { get; private set; }

        public string Name => inner.Name;
        public SimTime? ReplanEvery => inner.ReplanEvery;

        public IReadOnlyList<Decision> Decide(ISnapshot s)
        {
            Epochs++;
            if (s.FreeVehicleCount != s.FreeVehicles.Count) Problems.Add($"{s.Now}: {s.FreeVehicleCount} free counted, {s.FreeVehicles.Count} listed");
            bool CanReach(VehicleView v, Core.Network.NodeId node) => !double.IsPositiveInfinity(s.TravelHours(v.Type, v.Location, node));
            var all = s.Routes.ToList();
            var within = s.RoutesWithinReach.ToList();
            if (!within.SequenceEqual(all.Where(within.Contains))) Problems.Add($"{s.Now}: routes within reach out of order");
            foreach (var route in all.Where(r => s.FreeVehicles.Any(v => CanReach(v, r.From))))
            {
                if (!within.Contains(route)) Problems.Add($"{s.Now}: route {route} left out, a free vehicle reaches its origin");
            }
            SawLeftOut |= within.Count < all.Count;
            var free = s.FreeVehicles.Select(v => v.Id).ToList();
            foreach (var node in s.Nodes)
            {
                var near = s.FreeVehiclesNear(node)?.Select(v => v.Id).ToList();
                if (near is null)
                {
                    Problems.Add($"{s.Now}: no vehicles near {node}");
                    continue;
                }
                if (!near.SequenceEqual(free.Where(near.Contains))) Problems.Add($"{s.Now}: vehicles near {node} out of fleet order");
                foreach (var v in s.FreeVehicles.Where(v => CanReach(v, node) && !near.Contains(v.Id))) Problems.Add($"{s.Now}: {v.Id} left out near {node}");
                SawLeftOut |= near.Count < free.Count;
            }
            return inner.Decide(s);
        }
    }

    private sealed class Checking(IStrategy inner) : IStrategy
    {
        public List<string> Problems { get; } = [];
        public int Epochs { get; private set; }
        public bool SawBusy { get; private set; }

        public string Name => inner.Name;
        public SimTime? ReplanEvery => inner.ReplanEvery;

        public IReadOnlyList<Decision> Decide(ISnapshot snapshot)
        {
            Epochs++;
            var free = snapshot.FreeVehicles.Select(v => v.Id).ToList(); // asked first: from the model's own index
            var expected = snapshot.Vehicles.Where(v => v.IsAvailable).Select(v => v.Id).ToList();
            SawBusy |= expected.Count < snapshot.Vehicles.Count;
            if (!free.SequenceEqual(expected)) Problems.Add($"{snapshot.Now}: free {string.Join(",", free)}, available {string.Join(",", expected)}");
            return inner.Decide(snapshot);
        }
    }
}
