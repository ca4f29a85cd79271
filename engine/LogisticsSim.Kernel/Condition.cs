// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel;

/// <summary>
/// An event that is processed when all, or any, of a set of events have been processed.
/// Its value is the list of those events that had been processed by then, in the order given.
/// It fails as soon as one of its events fails.
/// </summary>
public sealed class Condition : Event, IEventListener
{
    private readonly Event[] _events;
    private readonly bool _needsAll;
    private int _done;

    internal Condition(Simulation simulation, bool needsAll, Event[] events) : base(simulation)
    {
        _events = events;
        _needsAll = needsAll;
        foreach (var ev in events)
        {
            if (!ReferenceEquals(ev.Simulation, simulation)) throw new ArgumentException("all events must belong to the same simulation", nameof(events));
        }
        if (events.Length == 0)
        {
            Succeed(Array.Empty<Event>());
            return;
        }
        foreach (var ev in events)
        {
            if (IsTriggered) break;
            ev.AddListener(this); // runs at once for events already processed
        }
    }

    public IReadOnlyList<Event> Events => _events;

    void IEventListener.OnEvent(Event ev)
    {
        if (IsTriggered) return;
        if (!ev.Ok)
        {
            ev.Defused = true;
            Detach();
            Fail(ev.Error ?? new SimulationException($"{ev} failed"));
            return;
        }
        _done++;
        if (_needsAll ? _done == _events.Length : _done >= 1)
        {
            Detach();
            Succeed(_events.Where(e => e.IsProcessed).ToArray());
        }
    }

    private void Detach()
    {
        foreach (var ev in _events)
        {
            if (!ev.IsProcessed) ev.RemoveListener(this);
        }
    }

    public override string ToString() => _needsAll ? "AllOf" : "AnyOf";
}
