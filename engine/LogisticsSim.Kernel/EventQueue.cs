// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel;

/// <summary>
/// The future-event list, totally ordered by (time, priority, sequence). Events due later go into a
/// 4-ary heap; events due now (zero delay, the commonest case: grants, process starts, releases)
/// go into one FIFO per priority, which is already in key order because the sequence only grows
/// and the clock cannot advance while either FIFO holds anything. Popping takes the least of the
/// heap top and the two FIFO heads, so the order is exactly that of a single heap, at O(1) for
/// zero-delay events.
/// </summary>
/// <remarks>
/// Heap entries hold no object references (the events sit in a slot table), so sifting copies plain
/// values and pays no GC write barrier; arrays of a struct wrapper avoid covariant store checks.
/// </remarks>
internal sealed class EventQueue
{
    private struct Entry
    {
        public long Time;
        public long Order; // priority in the top bits, then the sequence number
        public int Slot;
    }

    private struct EventRef
    {
        public Event? Event;
    }

    private Entry[] _heap = new Entry[1024];
    private int _heapCount;
    private EventRef[] _slots = new EventRef[1024];
    private int[] _freeSlots = new int[1024];
    private int _freeCount, _slotsUsed;
    private readonly Fifo _urgentNow = new();
    private readonly Fifo _normalNow = new();
    private long _sequence;

    public int Count => _heapCount + _urgentNow.Count + _normalNow.Count;

    public void Push(long time, long now, EventPriority priority, Event ev)
    {
        long order = ((long)priority << 56) | _sequence++;
        if (time == now)
        {
            (priority == EventPriority.Urgent ? _urgentNow : _normalNow).Enqueue(order, ev);
            return;
        }
        if (_heapCount == _heap.Length) Array.Resize(ref _heap, _heap.Length * 2);
        SiftUp(_heapCount++, new Entry { Time = time, Order = order, Slot = TakeSlot(ev) });
    }

    /// <summary>Time of the next event, or long.MaxValue when none is left.</summary>
    public long PeekTime(long now) =>
        _urgentNow.Count > 0 || _normalNow.Count > 0 ? now : _heapCount > 0 ? _heap[0].Time : long.MaxValue;

    public bool TryPop(long now, out long time, out Event ev)
    {
        if (_urgentNow.Count + _normalNow.Count > 0)
        {
            // A FIFO entry is due now; a heap entry due now wins only with a lower (priority, sequence).
            long heapOrder = _heapCount > 0 && _heap[0].Time == now ? _heap[0].Order : long.MaxValue;
            var fifo = _urgentNow.Count > 0 ? _urgentNow : _normalNow;
            if (fifo.PeekOrder() < heapOrder)
            {
                time = now;
                ev = fifo.Dequeue();
                return true;
            }
        }
        if (_heapCount == 0)
        {
            time = 0;
            ev = null!;
            return false;
        }
        var top = _heap[0];
        var last = _heap[--_heapCount];
        if (_heapCount > 0) SiftDown(last);
        time = top.Time;
        ev = ReleaseSlot(top.Slot);
        return true;
    }

    private int TakeSlot(Event ev)
    {
        int slot;
        if (_freeCount > 0)
        {
            slot = _freeSlots[--_freeCount];
        }
        else
        {
            if (_slotsUsed == _slots.Length)
            {
                Array.Resize(ref _slots, _slots.Length * 2);
                Array.Resize(ref _freeSlots, _slots.Length);
            }
            slot = _slotsUsed++;
        }
        _slots[slot].Event = ev;
        return slot;
    }

    private Event ReleaseSlot(int slot)
    {
        var ev = _slots[slot].Event!;
        _slots[slot].Event = null;
        _freeSlots[_freeCount++] = slot;
        return ev;
    }

    private void SiftUp(int i, Entry e)
    {
        var heap = _heap;
        while (i > 0)
        {
            int parent = (i - 1) >> 2;
            ref var p = ref heap[parent];
            if (p.Time < e.Time || (p.Time == e.Time && p.Order < e.Order)) break;
            heap[i] = p;
            i = parent;
        }
        heap[i] = e;
    }

    /// <summary>Moves the former last entry down from the root to its place.</summary>
    private void SiftDown(Entry e)
    {
        var heap = _heap;
        int n = _heapCount, i = 0;
        while (true)
        {
            int first = (i << 2) + 1;
            if (first >= n) break;
            int best = first, end = Math.Min(first + 4, n);
            for (int c = first + 1; c < end; c++)
            {
                ref var b = ref heap[best];
                ref var x = ref heap[c];
                if (x.Time < b.Time || (x.Time == b.Time && x.Order < b.Order)) best = c;
            }
            ref var bestEntry = ref heap[best];
            if (e.Time < bestEntry.Time || (e.Time == bestEntry.Time && e.Order < bestEntry.Order)) break;
            heap[i] = bestEntry;
            i = best;
        }
        heap[i] = e;
    }

    /// <summary>A growable ring buffer of events due now.</summary>
    private sealed class Fifo
    {
        private long[] _orders = new long[256];
        private EventRef[] _events = new EventRef[256];
        private int _head, _count;

        public int Count => _count;

        public long PeekOrder() => _orders[_head];

        public void Enqueue(long order, Event ev)
        {
            if (_count == _events.Length) Grow();
            int tail = (_head + _count) & (_events.Length - 1);
            _orders[tail] = order;
            _events[tail].Event = ev;
            _count++;
        }

        public Event Dequeue()
        {
            ref var slot = ref _events[_head];
            var ev = slot.Event!;
            slot.Event = null;
            _head = (_head + 1) & (_events.Length - 1);
            _count--;
            return ev;
        }

        private void Grow()
        {
            var orders = new long[_orders.Length * 2];
            var events = new EventRef[_events.Length * 2];
            for (int i = 0; i < _count; i++)
            {
                int j = (_head + i) & (_events.Length - 1);
                orders[i] = _orders[j];
                events[i] = _events[j];
            }
            _orders = orders;
            _events = events;
            _head = 0;
        }
    }
}
