// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel.Resources;

/// <summary>A put into or a get from a <see cref="Container"/>: processed once the amount has moved.</summary>
public sealed class ContainerEvent : Event
{
    internal ContainerEvent(Simulation simulation, double amount) : base(simulation) => Amount = amount;

    public double Amount { get; }
}
