// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel;

/// <summary>
/// A process: an iterator that yields the events it waits for. It resumes when the yielded event is
/// processed, at once if that event was processed already. The process is itself an event, processed
/// when the iterator ends, so other processes can wait for it.
/// </summary>
public sealed class Process : Event, IEventListener
{
    private readonly IEnumerator<Event> _body;
    private Event? _target;
    private bool _started;

    internal Process(Simulation simulation, IEnumerable<Event> body, string? name) : base(simulation)
    {
        _body = body.GetEnumerator();
        Name = name ?? "process";
        // Start through the queue, before ordinary events due now (as SimPy does). The process's
        // own queue entry stands for its start, which saves an event per process.
        simulation.Enqueue(this, simulation.Now, EventPriority.Urgent);
    }

    internal override void Fire()
    {
        if (_started)
        {
            Process();
            return;
        }
        _started = true; // an interrupt cannot come first: its entry is queued after this one
        Resume(this, interrupted: false, cause: null);
    }

    public string Name { get; }

    /// <summary>True until the iterator ends (or throws).</summary>
    public bool IsAlive => !IsTriggered;

    /// <summary>The event the process waits for now, or null when it is running or finished.</summary>
    public Event? Target => _target;

    /// <summary>True while the process runs right after an interrupt, until it yields again.</summary>
    public bool Interrupted => _interruptCause is not null;

    /// <summary>What the interrupter gave as the reason, while <see cref="Interrupted"/> is true.</summary>
    public object? InterruptCause => _interruptCause == NoCause ? null : _interruptCause;

    private static readonly object NoCause = new();
    private object? _interruptCause; // null when not interrupted; NoCause stands for a null cause

    /// <summary>
    /// Wakes the process at once (before ordinary events due now) with <see cref="Interrupted"/> set.
    /// The event it waited for is abandoned: a process that waited for a resource should release
    /// its request. Interrupting a finished process is a programmer error.
    /// </summary>
    public void Interrupt(object? cause = null)
    {
        if (!IsAlive) throw new InvalidOperationException($"{Name} has finished and cannot be interrupted");
        if (ReferenceEquals(Simulation.ActiveProcess, this)) throw new InvalidOperationException($"{Name} cannot interrupt itself");
        var interruption = new Event(Simulation);
        interruption.AddListener(new Interruption(this, cause));
        interruption.Succeed(null, EventPriority.Urgent);
    }

    void IEventListener.OnEvent(Event ev) => Resume(ev, interrupted: false, cause: null);

    private void Resume(Event ev, bool interrupted, object? cause)
    {
        var sim = Simulation;
        var previous = sim.ActiveProcess;
        sim.ActiveProcess = this;
        _target = null;
        _interruptCause = interrupted ? cause ?? NoCause : null;
        while (true)
        {
            bool more;
            try
            {
                more = _body.MoveNext();
            }
            catch (Exception error)
            {
                _interruptCause = null;
                sim.ActiveProcess = previous;
                Fail(new SimulationException($"{Name} failed at {sim.Now}: {error.Message}", error));
                return;
            }
            _interruptCause = null;
            if (!more)
            {
                sim.ActiveProcess = previous;
                Succeed();
                return;
            }
            var next = _body.Current ?? throw new InvalidOperationException($"{Name} yielded null at {sim.Now}");
            if (!ReferenceEquals(next.Simulation, sim)) throw new InvalidOperationException($"{Name} yielded an event of another simulation");
            if (next.IsProcessed) continue; // already happened: go straight on
            _target = next;
            next.AddListener(this);
            sim.ActiveProcess = previous;
            return;
        }
    }

    public override string ToString() => $"Process({Name})";

    private sealed class Interruption(Process process, object? cause) : IEventListener
    {
        public void OnEvent(Event ev)
        {
            if (!process.IsAlive) return; // it ended before the interrupt was delivered
            process._target?.RemoveListener(process);
            process.Resume(ev, interrupted: true, cause);
        }
    }
}
