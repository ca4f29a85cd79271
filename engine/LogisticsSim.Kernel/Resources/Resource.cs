// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Kernel.Monitoring;

namespace LogisticsSim.Kernel.Resources;

/// <summary>
/// A number of identical units (berths, loading bays, servers) that processes request and release.
/// Waiting requests are served by priority (lower first), then first come, first served.
/// Busy units and queue length are monitored over time.
/// </summary>
public sealed class Resource
{
    private readonly PriorityQueue<Request, long> _waiting = new();
    private long _order;

    public Resource(Simulation simulation, int capacity, string name = "resource")
    {
        if (capacity < 0) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "cannot be negative");
        Simulation = simulation;
        Capacity = capacity;
        Name = name;
        Busy = new TimeWeightedMonitor(simulation);
        QueueLength = new TimeWeightedMonitor(simulation);
    }

    public Simulation Simulation { get; }
    public string Name { get; }
    public int Capacity { get; private set; }

    /// <summary>Units in use now.</summary>
    public int Count { get; private set; }

    public int Waiting => _waiting.Count;

    public TimeWeightedMonitor Busy { get; }
    public TimeWeightedMonitor QueueLength { get; }

    /// <summary>Asks for one unit; yield the request to wait until it is granted.</summary>
    public Request Request(int priority = 0)
    {
        if (priority <= -PriorityOffset || priority >= PriorityOffset) throw new ArgumentOutOfRangeException(nameof(priority), priority, "must lie within +-4,194,303");
        var request = new Request(this, priority) { RequestedAt = Simulation.Now };
        if (Count < Capacity && _waiting.Count == 0)
        {
            Grant(request);
        }
        else
        {
            _waiting.Enqueue(request, WaitingKey(priority, _order++));
            QueueLength.Set(_waiting.Count);
        }
        return request;
    }

    /// <summary>Priority, then arrival order, packed in one long: a single integer compare per heap step.</summary>
    private static long WaitingKey(int priority, long order) => ((long)(priority + PriorityOffset) << 40) | order;

    private const int PriorityOffset = 1 << 22;

    /// <summary>Gives a granted unit back, or withdraws a request still waiting.</summary>
    public void Release(Request request)
    {
        if (!ReferenceEquals(request.Resource, this)) throw new ArgumentException("the request belongs to another resource", nameof(request));
        if (!request.IsGranted)
        {
            if (_waiting.Remove(request, out _, out _)) QueueLength.Set(_waiting.Count);
            return;
        }
        Count--;
        Busy.Set(Count);
        GrantWaiting();
    }

    /// <summary>Changes the number of units (a hazard halves a port's berths). Units in use are not taken away.</summary>
    public void SetCapacity(int capacity)
    {
        if (capacity < 0) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "cannot be negative");
        Capacity = capacity;
        GrantWaiting();
    }

    private void GrantWaiting()
    {
        bool changed = false;
        while (Count < Capacity && _waiting.TryDequeue(out var next, out _))
        {
            Grant(next);
            changed = true;
        }
        if (changed) QueueLength.Set(_waiting.Count);
    }

    private void Grant(Request request)
    {
        Count++;
        Busy.Set(Count);
        request.Succeed();
    }
}
