using LogisticsSim.Kernel;
using LogisticsSim.Kernel.Resources;
using Xunit;

namespace LogisticsSim.Kernel.Tests.Resources;

public class ResourceTests
{
    private static SimTime H(double hours) => SimTime.FromHours(hours);

    [Fact]
    public void Request_FifoWithinCapacity_LogsWholeSchedule()
    {
        var sim = new Simulation();
        var berth = new Resource(sim, capacity: 2, "berth");
        var log = new List<string>();
        IEnumerable<Event> Ship(string name, double arrive, double unload)
        {
            yield return sim.Timeout(H(arrive));
            var request = berth.Request();
            yield return request;
            log.Add($"{name} berths@{sim.Now}");
            yield return sim.Timeout(H(unload));
            berth.Release(request);
            log.Add($"{name} leaves@{sim.Now}");
        }
        sim.Process(Ship("a", 0, 4));
        sim.Process(Ship("b", 0, 2));
        sim.Process(Ship("c", 1, 1));
        sim.Process(Ship("d", 1, 1));
        sim.Run();
        Assert.Equal(
            ["a berths@0h", "b berths@0h", "b leaves@2h", "c berths@2h", "c leaves@3h", "d berths@3h", "a leaves@4h", "d leaves@4h"],
            log);
        Assert.Equal(2.0, berth.Busy.Maximum);
        Assert.Equal(8.0 / 4.0, berth.Busy.TimeAverage, 9); // 8 busy berth-hours over 4 hours
    }

    [Fact]
    public void Request_Priority_ServesMostUrgentFirst()
    {
        var sim = new Simulation();
        var truck = new Resource(sim, 1);
        var log = new List<string>();
        IEnumerable<Event> User(string name, int priority, double at)
        {
            yield return sim.Timeout(H(at));
            var request = truck.Request(priority);
            yield return request;
            log.Add($"{name}@{sim.Now}");
            yield return sim.Timeout(H(1));
            truck.Release(request);
        }
        sim.Process(User("first", 3, 0));
        sim.Process(User("low", 3, 0.1));
        sim.Process(User("urgent", 1, 0.2));
        sim.Process(User("low2", 3, 0.3));
        sim.Run();
        Assert.Equal(["first@0h", "urgent@1h", "low@2h", "low2@3h"], log);
    }

    [Fact]
    public void Release_OfWaitingRequest_WithdrawsIt()
    {
        var sim = new Simulation();
        var res = new Resource(sim, 1);
        var held = res.Request();
        var waiting = res.Request();
        Assert.Equal(1, res.Waiting);
        res.Release(waiting);
        Assert.Equal(0, res.Waiting);
        res.Release(held);
        sim.Run();
        Assert.False(waiting.IsTriggered);
        Assert.Equal(0, res.Count);
    }

    [Fact]
    public void SetCapacity_GrantsWaitingRequests()
    {
        var sim = new Simulation();
        var res = new Resource(sim, 0);
        var r = res.Request();
        sim.Run();
        Assert.False(r.IsGranted);
        res.SetCapacity(1);
        sim.Run();
        Assert.True(r.IsProcessed);
    }
}
