// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel.Resources;

/// <summary>A request to put an item into a <see cref="Store{T}"/>: processed once the item is in.</summary>
public sealed class StorePut<T> : Event
{
    internal StorePut(Simulation simulation, T item) : base(simulation) => Item = item;

    public T Item { get; }
}
