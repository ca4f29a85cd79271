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
