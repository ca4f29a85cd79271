// SPDX-License-Identifier: Apache-2.0
using System.Runtime.CompilerServices;
namespace LogisticsSim.Kernel;

/// <summary>
/// Something that happens at an instant of simulated time. An event is first pending, then
/// triggered (it has a value and a place in the queue), then processed (its listeners have run).
/// Processes wait for events by yielding them.
/// </summary>
/// <remarks>
/// Millions of events are made per second of run time, so an event is kept small: one field holds
/// either the single listener (the usual case: the process that yielded it) or a list of them, and
/// one field holds either the value or, for a failed event, the error.
/// </remarks>
public class Event
{
    private object? _listeners; // null, one IEventListener, or a List<IEventListener>
    private object? _value;     // the value, or the Exception of a failed event
    private EventState _state;
    private bool _failed;

    public Event(Simulation simulation)
    {
        Simulation = simulation;
    }

    public Simulation Simulation { get; }

    public EventState State => _state;

    public bool IsTriggered => _state != EventState.Pending;

    public bool IsProcessed => _state == EventState.Processed;

    /// <summary>False when the event failed; a waiting process then sees <see cref="Error"/>.</summary>
    public bool Ok => !_failed;

    /// <summary>What the event carries once triggered (a store's item, a condition's events), or null.</summary>
    public object? Value => _failed ? null : _value;

    public Exception? Error => _failed ? (Exception?)_value : null;

    /// <summary>Set when a failure has been handled, so that it does not stop the run.</summary>
    public bool Defused { get; set; }

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
        MarkTriggered(error);
        _failed = true;
        Simulation.Enqueue(this, Simulation.Now, priority);
        return this;
    }

    /// <summary>Sets the value and state without scheduling: for events scheduled at a later time.</summary>
    protected internal void MarkTriggered(object? value)
    {
        if (_state != EventState.Pending) throw new InvalidOperationException($"{this} has already been triggered");
        _state = EventState.Triggered;
        _value = value;
    }

    /// <summary>Adds a listener; one added to an event already processed runs at once.</summary>
    public void AddListener(IEventListener listener)
    {
        switch (_listeners)
        {
            case null when _state != EventState.Processed:
                _listeners = listener;
                break;
            case null:
                listener.OnEvent(this);
                break;
            case List<IEventListener> list:
                list.Add(listener);
                break;
            default:
                _listeners = new List<IEventListener>(2) { (IEventListener)_listeners, listener };
                break;
        }
    }

    /// <summary>Removes a listener that no longer waits (an interrupted process, a settled condition).</summary>
    public void RemoveListener(IEventListener listener)
    {
        if (ReferenceEquals(_listeners, listener)) _listeners = null;
        else if (_listeners is List<IEventListener> list) list.Remove(listener);
    }

    /// <summary>Called by the simulation when the event leaves the queue.</summary>
    internal virtual void Fire() => Process();

    private protected void Process()
    {
        _state = EventState.Processed;
        var listeners = _listeners;
        _listeners = null;
        switch (listeners)
        {
            case null:
                if (_failed && !Defused) throw new SimulationException($"{this} failed and nothing waited for it", Error);
                break;
            case List<IEventListener> list:
                foreach (var listener in list) listener.OnEvent(this);
                break;
            default:
                Unsafe.As<IEventListener>(listeners).OnEvent(this);
                break;
        }
    }

    public override string ToString() => GetType().Name;
}
