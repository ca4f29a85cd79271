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
internal sealed class EventQueue
{
    private struct Entry
    {
        public long Time;
        public long Order; // priority in the top bits, then the sequence number
        public Event Event;
    }

    private Entry[] _heap = new Entry[1024];
    private int _heapCount;
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
        SiftUp(_heapCount++, new Entry { Time = time, Order = order, Event = ev });
    }

    /// <summary>Time of the next event, or long.MaxValue when none is left.</summary>
    public long PeekTime(long now) =>
        _urgentNow.Count > 0 || _normalNow.Count > 0 ? now : _heapCount > 0 ? _heap[0].Time : long.MaxValue;

    public bool TryPop(long now, out long time, out Event ev)
    {
        // A FIFO entry is due now; a heap entry due now wins only with a lower (priority, sequence).
        bool heapNow = _heapCount > 0 && _heap[0].Time == now;
        if (_urgentNow.Count > 0 && !(heapNow && _heap[0].Order < _urgentNow.PeekOrder()))
        {
            time = now; ev = _urgentNow.Dequeue(); return true;
        }
        if (_normalNow.Count > 0 && !(heapNow && _heap[0].Order < _normalNow.PeekOrder()))
        {
            time = now; ev = _normalNow.Dequeue(); return true;
        }
        if (_heapCount == 0)
        {
            time = 0; ev = null!; return false;
        }
        var top = _heap[0];
        var last = _heap[--_heapCount];
        _heap[_heapCount] = default;
        if (_heapCount > 0) SiftDown(0, last);
        time = top.Time; ev = top.Event;
        return true;
    }

    private static bool Less(in Entry a, in Entry b) => a.Time < b.Time || (a.Time == b.Time && a.Order < b.Order);

    private void SiftUp(int i, Entry e)
    {
        while (i > 0)
        {
            int parent = (i - 1) >> 2;
            if (!Less(e, _heap[parent])) break;
            _heap[i] = _heap[parent];
            i = parent;
        }
        _heap[i] = e;
    }

    private void SiftDown(int i, Entry e)
    {
        int n = _heapCount;
        while (true)
        {
            int first = (i << 2) + 1;
            if (first >= n) break;
            int best = first, end = Math.Min(first + 4, n);
            for (int c = first + 1; c < end; c++)
            {
                if (Less(_heap[c], _heap[best])) best = c;
            }
            if (!Less(_heap[best], e)) break;
            _heap[i] = _heap[best];
            i = best;
        }
        _heap[i] = e;
    }

    /// <summary>A growable ring buffer of events due now.</summary>
    private sealed class Fifo
    {
        private long[] _orders = new long[256];
        private Event[] _events = new Event[256];
        private int _head, _count;

        public int Count => _count;

        public long PeekOrder() => _orders[_head];

        public void Enqueue(long order, Event ev)
        {
            if (_count == _events.Length) Grow();
            int tail = (_head + _count) & (_events.Length - 1);
            _orders[tail] = order;
            _events[tail] = ev;
            _count++;
        }

        public Event Dequeue()
        {
            var ev = _events[_head];
            _events[_head] = null!;
            _head = (_head + 1) & (_events.Length - 1);
            _count--;
            return ev;
        }

        private void Grow()
        {
            var orders = new long[_orders.Length * 2];
            var events = new Event[_events.Length * 2];
            for (int i = 0; i < _count; i++)
            {
                int j = (_head + i) & (_events.Length - 1);
                orders[i] = _orders[j];
                events[i] = _events[j];
            }
            _orders = orders; _events = events; _head = 0;
        }
    }
}
