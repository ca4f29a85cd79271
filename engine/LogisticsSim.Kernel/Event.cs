// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel;

/// <summary>
/// Something that happens at an instant of simulated time. An event is first pending, then
/// triggered (it has a value and a place in the queue), then processed (its listeners have run).
/// Processes wait for events by yielding them.
/// </summary>
public class Event
{
    // Most events have exactly one listener (the process that yielded them): keep it in a field
    // and allocate a list only for the rare second one.
    private IEventListener? _listener;
    private List<IEventListener>? _moreListeners;

    public Event(Simulation simulation)
    {
        Simulation = simulation;
    }

    public Simulation Simulation { get; }

    public EventState State { get; private set; }

    public bool IsTriggered => State != EventState.Pending;

    public bool IsProcessed => State == EventState.Processed;

    /// <summary>False when the event failed; a waiting process then sees <see cref="Error"/>.</summary>
    public bool Ok { get; private set; } = true;

    /// <summary>What the event carries once triggered (a store's item, a condition's events), or null.</summary>
    public object? Value { get; private set; }

    public Exception? Error { get; private set; }

    /// <summary>Triggers the event now with a value; its listeners run when the queue reaches it.</summary>
    public Event Succeed(object? value = null, EventPriority priority = EventPriority.Normal)
    {
        MarkTriggered(value);
        Simulation.Enqueue(this, Simulation.Now, priority);
        return this;
    }

    /// <summary>Triggers the event now as failed. A failure that nobody waits for stops the run.</summary>
    public Event Fail(Exception error, EventPriority priority = EventPriority.Normal)
    {
        ArgumentNullException.ThrowIfNull(error);
        MarkTriggered(null);
        Ok = false;
        Error = error;
        Simulation.Enqueue(this, Simulation.Now, priority);
        return this;
    }

    /// <summary>Sets the value and state without scheduling: for events scheduled at a later time.</summary>
    protected internal void MarkTriggered(object? value)
    {
        if (State != EventState.Pending) throw new InvalidOperationException($"{this} has already been triggered");
        State = EventState.Triggered;
        Value = value;
    }

    /// <summary>Adds a listener; one added to an event already processed runs at once.</summary>
    public void AddListener(IEventListener listener)
    {
        if (State == EventState.Processed)
        {
            listener.OnEvent(this);
        }
        else if (_listener is null)
        {
            _listener = listener;
        }
        else
        {
            (_moreListeners ??= []).Add(listener);
        }
    }

    /// <summary>Removes a listener that no longer waits (an interrupted process, a settled condition).</summary>
    public void RemoveListener(IEventListener listener)
    {
        if (ReferenceEquals(_listener, listener))
        {
            _listener = null;
            if (_moreListeners is { Count: > 0 })
            {
                _listener = _moreListeners[0];
                _moreListeners.RemoveAt(0);
            }
        }
        else
        {
            _moreListeners?.Remove(listener);
        }
    }

    /// <summary>Called by the simulation when the event leaves the queue.</summary>
    internal void Process()
    {
        State = EventState.Processed;
        var first = _listener;
        var more = _moreListeners;
        _listener = null;
        _moreListeners = null;
        if (first is null)
        {
            if (!Ok && !Defused) throw new SimulationException($"{this} failed and nothing waited for it", Error);
            return;
        }
        first.OnEvent(this);
        if (more is not null)
        {
            foreach (var listener in more) listener.OnEvent(this);
        }
    }

    /// <summary>Set when a failure has been handled, so that it does not stop the run.</summary>
    public bool Defused { get; set; }

    public override string ToString() => GetType().Name;
}
