using CsCheck;
using LogisticsSim.Kernel;
using LogisticsSim.Kernel.Resources;
using Xunit;

namespace LogisticsSim.Kernel.Tests;

/// <summary>Invariants over random inputs (CsCheck prints the seed that replays a failure).</summary>
public class PropertyTests
{
    private sealed class Recorder : ITraceSink
    {
        public readonly List<(SimTime Time, Event Event)> Log = [];
        public void OnEvent(SimTime time, Event ev) => Log.Add((time, ev));
    }

    [Fact]
    public void Time_NeverDecreases_And_EqualKeysComeOutFifo()
    {
        Gen.Select(Gen.Int[0, 5], Gen.Bool).Array[1, 200].Sample(schedule =>
        {
            var sim = new Simulation();
            var trace = new Recorder();
            sim.Trace = trace;
            var made = new List<(long Ticks, bool Urgent, Event Event)>();
            foreach (var (hours, urgent) in schedule)
            {
                // Events made at time 0 for a later hour (timeouts), or due now with either priority.
                Event ev = hours == 0
                    ? sim.Event().Succeed(null, urgent ? EventPriority.Urgent : EventPriority.Normal)
                    : sim.Timeout(SimTime.FromHours(hours));
                made.Add((SimTime.FromHours(hours).Ticks, hours == 0 && urgent, ev));
            }
            sim.Run();
            var expected = made.Select((m, i) => (m, i)).OrderBy(x => x.m.Ticks).ThenBy(x => x.m.Urgent ? 0 : 1).ThenBy(x => x.i)
                .Select(x => x.m.Event).ToList();
            Assert.Equal(expected, trace.Log.Select(l => l.Event).ToList());
            for (int i = 1; i < trace.Log.Count; i++) Assert.True(trace.Log[i].Time >= trace.Log[i - 1].Time);
        });
    }

    [Fact]
    public void Container_LevelStaysWithinBounds_AndBalances()
    {
        Gen.Select(Gen.Double[1, 40], Gen.Bool, Gen.Int[0, 20]).Array[1, 60].Sample(ops =>
        {
            var sim = new Simulation();
            var stock = new Container(sim, capacity: 100, initial: 50);
            double put = 0, got = 0;
            IEnumerable<Event> Op(double amount, bool isPut, int atHour)
            {
                yield return sim.Timeout(SimTime.FromHours(atHour));
                yield return isPut ? stock.Put(amount) : stock.Get(amount);
                if (isPut) put += amount; else got += amount;
            }
            foreach (var (amount, isPut, at) in ops) sim.Process(Op(amount, isPut, at));
            sim.Run();
            Assert.InRange(stock.Level.Minimum, 0, 100);
            Assert.InRange(stock.Level.Maximum, 0, 100);
            Assert.Equal(50 + put - got, stock.Level.Current, tolerance: 1e-9); // a tolerance, not rounding: two sums a hair apart may round apart
        });
    }

    [Fact]
    public void Store_ConservesItems()
    {
        Gen.Select(Gen.Int[0, 10], Gen.Bool, Gen.Int[0, 3]).Array[1, 80].Sample(ops =>
        {
            var sim = new Simulation();
            var store = new Store<int>(sim, capacity: 5);
            var taken = new List<int>();
            var putDone = new List<int>();
            int next = 0;
            IEnumerable<Event> Op(int atHour, bool isPut, int parity)
            {
                yield return sim.Timeout(SimTime.FromHours(atHour));
                if (isPut)
                {
                    int item = next++;
                    yield return store.Put(item);
                    putDone.Add(item);
                }
                else
                {
                    var get = parity == 0 ? store.Get(i => i % 2 == 0) : store.Get();
                    yield return get;
                    taken.Add(get.Item);
                }
            }
            foreach (var (at, isPut, parity) in ops) sim.Process(Op(at, isPut, parity));
            sim.Run();
            Assert.True(store.Count <= store.Capacity);
            Assert.Equal(putDone.OrderBy(i => i), taken.Concat(store.Items).OrderBy(i => i));
            Assert.Equal(taken.Count, taken.Distinct().Count());
        });
    }

    [Fact]
    public void Resource_NeverExceedsCapacity_AndServesEveryRequest()
    {
        Gen.Select(Gen.Int[0, 10], Gen.Int[1, 5], Gen.Int[0, 3]).Array[1, 60].Select(Gen.Int[1, 4]).Sample((users, capacity) =>
        {
            var sim = new Simulation();
            var res = new Resource(sim, capacity);
            int served = 0;
            IEnumerable<Event> User(int at, int hold, int priority)
            {
                yield return sim.Timeout(SimTime.FromHours(at));
                var req = res.Request(priority);
                yield return req;
                Assert.True(res.Count <= capacity);
                yield return sim.Timeout(SimTime.FromHours(hold));
                res.Release(req);
                served++;
            }
            foreach (var (at, hold, priority) in users) sim.Process(User(at, hold, priority));
            sim.Run();
            Assert.Equal(users.Length, served);
            Assert.True(res.Busy.Maximum <= capacity);
            Assert.Equal(0, res.Count);
        });
    }
}
