using LogisticsSim.Kernel;
using LogisticsSim.Kernel.Resources;
using Xunit;

namespace LogisticsSim.Kernel.Tests.Resources;

public class StoreAndContainerTests
{
    private static SimTime H(double hours) => SimTime.FromHours(hours);

    [Fact]
    public void Store_PutWaitsWhenFull_GetWaitsWhenEmpty()
    {
        var sim = new Simulation();
        var store = new Store<string>(sim, capacity: 1);
        var log = new List<string>();
        IEnumerable<Event> Producer()
        {
            foreach (var item in new[] { "x", "y" })
            {
                yield return store.Put(item);
                log.Add($"put {item}@{sim.Now}");
            }
        }
        IEnumerable<Event> Consumer()
        {
            yield return sim.Timeout(H(2));
            var get = store.Get();
            yield return get;
            log.Add($"got {get.Item}@{sim.Now}");
            get = store.Get();
            yield return get;
            log.Add($"got {get.Item}@{sim.Now}");
        }
        sim.Process(Producer());
        sim.Process(Consumer());
        sim.Run();
        Assert.Equal(["put x@0h", "got x@2h", "put y@2h", "got y@2h"], log);
    }

    [Fact]
    public void Store_FilteredGet_DoesNotBlockOthers()
    {
        var sim = new Simulation();
        var store = new Store<int>(sim);
        var wantsEven = store.Get(i => i % 2 == 0);
        var wantsAny = store.Get();
        store.Put(3);
        sim.Run();
        Assert.False(wantsEven.IsTriggered);
        Assert.Equal(3, wantsAny.Item);
        store.Put(4);
        sim.Run();
        Assert.Equal(4, wantsEven.Item);
    }

    [Fact]
    public void Container_GetWaitsForEnough_FirstComeFirstServed()
    {
        var sim = new Simulation();
        var stock = new Container(sim, capacity: 100, initial: 10);
        var log = new List<string>();
        IEnumerable<Event> Take(string name, double tonnes)
        {
            yield return stock.Get(tonnes);
            log.Add($"{name}@{sim.Now}");
        }
        IEnumerable<Event> Resupply()
        {
            yield return sim.Timeout(H(5));
            yield return stock.Put(50);
        }
        sim.Process(Take("big", 30));
        sim.Process(Take("small", 5)); // waits behind the big one although 10 t are there
        sim.Process(Resupply());
        sim.Run();
        Assert.Equal(["big@5h", "small@5h"], log);
        Assert.Equal(25, stock.Level.Current, 9);
    }
}
