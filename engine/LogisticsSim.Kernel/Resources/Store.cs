// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel.Resources;

/// <summary>
/// Holds up to <see cref="Capacity"/> items. A put waits while the store is full; a get waits until an
/// item (one matching its filter, if it has one) is there. Puts are served in order; each waiting get,
/// in order, takes the oldest item that it accepts, so a picky get does not hold up the others.
/// </summary>
public sealed class Store<T>
{
    private readonly LinkedList<T> _items = new();
    private readonly LinkedList<StorePut<T>> _puts = new();
    private readonly LinkedList<StoreGet<T>> _gets = new();

    public Store(Simulation simulation, int capacity = int.MaxValue, string name = "store")
    {
        if (capacity <= 0) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "must be positive");
        Simulation = simulation;
        Capacity = capacity;
        Name = name;
    }

    public Simulation Simulation { get; }
    public string Name { get; }
    public int Capacity { get; }
    public int Count => _items.Count;
    public IEnumerable<T> Items => _items;

    public StorePut<T> Put(T item)
    {
        var put = new StorePut<T>(Simulation, item);
        _puts.AddLast(put);
        Settle();
        return put;
    }

    public StoreGet<T> Get(Func<T, bool>? filter = null)
    {
        var get = new StoreGet<T>(Simulation, filter);
        _gets.AddLast(get);
        Settle();
        return get;
    }

    /// <summary>Withdraws a get that is still waiting (its process was interrupted, say).</summary>
    public void Cancel(StoreGet<T> get)
    {
        if (!get.IsTriggered) _gets.Remove(get);
    }

    private void Settle()
    {
        bool progress = true;
        while (progress)
        {
            progress = false;
            while (_puts.First is { } put && _items.Count < Capacity)
            {
                _puts.RemoveFirst();
                _items.AddLast(put.Value.Item);
                put.Value.Succeed();
                progress = true;
            }
            for (var get = _gets.First; get is not null;)
            {
                var next = get.Next;
                var match = FirstMatch(get.Value.Filter);
                if (match is not null)
                {
                    _items.Remove(match);
                    _gets.Remove(get);
                    get.Value.Succeed(match.Value);
                    progress = true;
                }
                get = next;
            }
        }
    }

    private LinkedListNode<T>? FirstMatch(Func<T, bool>? filter)
    {
        for (var node = _items.First; node is not null; node = node.Next)
        {
            if (filter is null || filter(node.Value)) return node;
        }
        return null;
    }
}
