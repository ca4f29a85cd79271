// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel;

/// <summary>An event that is processed after a delay. It is triggered when it is created.</summary>
public sealed class Timeout : Event
{
    internal Timeout(Simulation simulation, SimTime delay, object? value) : base(simulation)
    {
        if (delay.Ticks < 0) throw new ArgumentOutOfRangeException(nameof(delay), delay, "a delay cannot be negative");
        MarkTriggered(value);
        simulation.Enqueue(this, simulation.Now + delay, EventPriority.Normal);
    }

    public override string ToString() => "Timeout";
}
