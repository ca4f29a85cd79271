using LogisticsSim.Kernel;
using Xunit;

namespace LogisticsSim.Kernel.Tests;

/// <summary>SimPy-style: tiny processes append (name, time) to a log; each test asserts the whole log.</summary>
public class SimulationTests
{
    private static SimTime H(double hours) => SimTime.FromHours(hours);

    [Fact]
    public void Timeouts_ResumeProcessesInTimeOrder()
    {
        var sim = new Simulation();
        var log = new List<string>();
        IEnumerable<Event> Clock(string name, double every)
        {
            while (true)
            {
                log.Add($"{name}@{sim.Now}");
                yield return sim.Timeout(H(every));
            }
        }
        sim.Process(Clock("fast", 0.5));
        sim.Process(Clock("slow", 1));
        sim.Run(H(2));
        Assert.Equal(["fast@0h", "slow@0h", "fast@0.5h", "slow@1h", "fast@1h", "fast@1.5h"], log);
        Assert.Equal(H(2), sim.Now);
    }

    [Fact]
    public void EqualTimes_RunFirstScheduledFirst()
    {
        var sim = new Simulation();
        var log = new List<int>();
        for (int i = 0; i < 5; i++)
        {
            int id = i;
            sim.Timeout(H(1)).AddListener(new Listener(() => log.Add(id)));
        }
        sim.Run();
        Assert.Equal([0, 1, 2, 3, 4], log);
    }

    [Fact]
    public void Run_Until_LeavesEventsAtThatTimeInTheQueue()
    {
        var sim = new Simulation();
        var log = new List<string>();
        sim.Timeout(H(1)).AddListener(new Listener(() => log.Add("at 1h")));
        sim.Timeout(H(2)).AddListener(new Listener(() => log.Add("at 2h")));
        sim.Run(H(1));
        Assert.Empty(log);
        sim.Run(H(3));
        Assert.Equal(["at 1h", "at 2h"], log);
    }

    [Fact]
    public void Process_WaitsForAnotherProcess()
    {
        var sim = new Simulation();
        var log = new List<string>();
        IEnumerable<Event> Child()
        {
            yield return sim.Timeout(H(3));
            log.Add($"child done@{sim.Now}");
        }
        IEnumerable<Event> Parent()
        {
            var child = sim.Process(Child(), "child");
            yield return child;
            log.Add($"parent resumed@{sim.Now}");
            yield return child; // already processed: resumes at once
            log.Add($"again@{sim.Now}");
        }
        sim.Process(Parent());
        sim.Run();
        Assert.Equal(["child done@3h", "parent resumed@3h", "again@3h"], log);
    }

    [Fact]
    public void Interrupt_WakesTheProcessWithItsCause()
    {
        var sim = new Simulation();
        var log = new List<string>();
        Process? driver = null;
        IEnumerable<Event> Drive()
        {
            yield return sim.Timeout(H(10));
            if (driver!.Interrupted) log.Add($"interrupted by {driver.InterruptCause}@{sim.Now}");
            yield return sim.Timeout(H(1));
            log.Add($"repaired@{sim.Now}");
        }
        IEnumerable<Event> Breakdown()
        {
            yield return sim.Timeout(H(4));
            driver!.Interrupt("flat tyre");
        }
        driver = sim.Process(Drive());
        sim.Process(Breakdown());
        sim.Run();
        Assert.Equal(["interrupted by flat tyre@4h", "repaired@5h"], log);
        Assert.False(driver.IsAlive);
    }

    [Fact]
    public void AllOf_And_AnyOf_WaitForTheirEvents()
    {
        var sim = new Simulation();
        var log = new List<string>();
        IEnumerable<Event> Waiter()
        {
            var a = sim.Timeout(H(1), "a");
            var b = sim.Timeout(H(2), "b");
            var any = sim.AnyOf(a, b);
            yield return any;
            log.Add($"any@{sim.Now}:{string.Join(",", ((Event[])any.Value!).Select(e => e.Value))}");
            var all = sim.AllOf(a, b, sim.Timeout(H(3), "c"));
            yield return all;
            log.Add($"all@{sim.Now}:{((Event[])all.Value!).Length}");
        }
        sim.Process(Waiter());
        sim.Run();
        Assert.Equal(["any@1h:a", "all@4h:3"], log);
    }

    [Fact]
    public void FailedEvent_NobodyWaits_StopsTheRun()
    {
        var sim = new Simulation();
        sim.Event().Fail(new InvalidOperationException("boom"));
        var error = Assert.Throws<SimulationException>(() => sim.Run());
        Assert.Contains("boom", error.InnerException!.Message);
    }

    [Fact]
    public void ProcessThatThrows_FailsWithItsNameAndTime()
    {
        var sim = new Simulation();
        IEnumerable<Event> Faulty()
        {
            yield return sim.Timeout(H(2));
            throw new InvalidOperationException("no route");
        }
        sim.Process(Faulty(), "truck-7");
        var error = Assert.Throws<SimulationException>(() => sim.Run());
        Assert.Contains("truck-7 failed at 2h: no route", error.InnerException!.Message);
    }

    [Fact]
    public void NegativeDelay_IsAProgrammerError() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Simulation().Timeout(new SimTime(-1)));

    private sealed class Listener(Action action) : IEventListener
    {
        public void OnEvent(Event ev) => action();
    }
}
