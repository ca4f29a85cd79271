// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Kernel.Random;

namespace LogisticsSim.Kernel;

/// <summary>
/// A discrete-event simulation: a clock and a queue of events totally ordered by
/// (time, priority, sequence), so that events due at the same time run first-in first-out and
/// every run with the same inputs is the same run. One simulation is one replication: it is not
/// thread-safe, and parallel runs each own one.
/// </summary>
public sealed class Simulation
{
    private readonly EventQueue _queue = new();
    private long _now;

    /// <param name="streams">The replication's random streams; a fixed default (seed 0) when omitted.</param>
    public Simulation(RandomStreams? streams = null)
    {
        Streams = streams ?? new RandomStreams(0, 0);
    }

    /// <summary>The current simulated time.</summary>
    public SimTime Now => new(_now);

    /// <summary>The replication's named random streams.</summary>
    public RandomStreams Streams { get; }

    /// <summary>Events taken off the queue so far.</summary>
    public long ProcessedEvents { get; private set; }

    /// <summary>The process whose code is running now, or null between processes.</summary>
    public Process? ActiveProcess { get; internal set; }

    /// <summary>Receives every processed event when set (slows the run: for debugging and tests).</summary>
    public ITraceSink? Trace { get; set; }

    /// <summary>Time of the next event, or <see cref="SimTime.MaxValue"/> when the queue is empty.</summary>
    public SimTime PeekNext => new(_queue.PeekTime(_now));

    /// <summary>A new pending event, to be triggered by <see cref="Event.Succeed"/> or <see cref="Event.Fail"/>.</summary>
    public Event Event() => new(this);

    /// <summary>An event processed after the delay.</summary>
    public Timeout Timeout(SimTime delay, object? value = null) => new(this, delay, value);

    /// <summary>Starts a process now (it runs before ordinary events already due now).</summary>
    public Process Process(IEnumerable<Event> body, string? name = null) => new(this, body, name);

    /// <summary>An event processed once every one of these events has been processed.</summary>
    public Condition AllOf(params Event[] events) => new(this, needsAll: true, events);

    /// <summary>An event processed once any one of these events has been processed.</summary>
    public Condition AnyOf(params Event[] events) => new(this, needsAll: false, events);

    internal void Enqueue(Event ev, SimTime at, EventPriority priority) => _queue.Push(at.Ticks, _now, priority, ev);

    /// <summary>Processes the next event; false when there is none.</summary>
    public bool Step()
    {
        if (!_queue.TryPop(_now, out long time, out var ev)) return false;
        _now = time;
        ProcessedEvents++;
        Trace?.OnEvent(new SimTime(time), ev);
        ev.Fire();
        return true;
    }

    /// <summary>Runs until no event is left.</summary>
    public void Run()
    {
        while (Step())
        {
        }
    }

    /// <summary>
    /// Runs every event due before <paramref name="until"/>, then sets the clock to it. Events due at
    /// exactly that time stay in the queue, so a run to the horizon and a run past it agree on the horizon.
    /// </summary>
    public void Run(SimTime until)
    {
        if (until.Ticks < _now) throw new ArgumentOutOfRangeException(nameof(until), until, $"the clock is already at {Now}");
        while (_queue.PeekTime(_now) < until.Ticks)
        {
            Step();
        }
        _now = until.Ticks;
    }

    /// <summary>Runs until the event has been processed; throws if the queue empties first.</summary>
    public void Run(Event until)
    {
        while (!until.IsProcessed)
        {
            if (!Step()) throw new InvalidOperationException($"no event left before {until} was processed");
        }
    }
}
