// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel.Resources;

/// <summary>A request to take an item from a <see cref="Store{T}"/>: processed with the item as its value.</summary>
public sealed class StoreGet<T> : Event
{
    internal StoreGet(Simulation simulation, Func<T, bool>? filter) : base(simulation) => Filter = filter;

    public Func<T, bool>? Filter { get; }

    /// <summary>The item taken, once the get has been triggered.</summary>
    public T Item => IsTriggered ? (T)Value! : throw new InvalidOperationException("the get has not been served yet");
}
