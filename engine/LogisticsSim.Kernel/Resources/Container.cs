// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Kernel.Monitoring;

namespace LogisticsSim.Kernel.Resources;

/// <summary>
/// A continuous amount (tonnes of stock, litres of fuel) between 0 and <see cref="Capacity"/>.
/// Puts wait for room and gets wait for enough stock, each served strictly first come, first served,
/// so a large request is not starved by small ones behind it. The level is monitored over time.
/// </summary>
public sealed class Container
{
    private readonly Queue<ContainerEvent> _puts = new();
    private readonly Queue<ContainerEvent> _gets = new();

    public Container(Simulation simulation, double capacity = double.PositiveInfinity, double initial = 0, string name = "container")
    {
        if (!(capacity > 0)) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "must be positive");
        if (!(initial >= 0 && initial <= capacity)) throw new ArgumentOutOfRangeException(nameof(initial), initial, "must lie in [0, capacity]");
        Simulation = simulation;
        Capacity = capacity;
        Name = name;
        Level = new TimeWeightedMonitor(simulation, initial);
    }

    public Simulation Simulation { get; }
    public string Name { get; }
    public double Capacity { get; }
    public TimeWeightedMonitor Level { get; }

    public ContainerEvent Put(double amount) => Enqueue(_puts, amount);

    public ContainerEvent Get(double amount) => Enqueue(_gets, amount);

    private ContainerEvent Enqueue(Queue<ContainerEvent> queue, double amount)
    {
        if (!(amount > 0) || double.IsInfinity(amount)) throw new ArgumentOutOfRangeException(nameof(amount), amount, "must be a positive finite amount");
        if (amount > Capacity) throw new ArgumentOutOfRangeException(nameof(amount), amount, $"exceeds the capacity {Capacity}");
        var ev = new ContainerEvent(Simulation, amount);
        queue.Enqueue(ev);
        Settle();
        return ev;
    }

    private void Settle()
    {
        bool progress = true;
        while (progress)
        {
            progress = false;
            if (_puts.TryPeek(out var put) && Level.Current + put.Amount <= Capacity)
            {
                _puts.Dequeue();
                Level.Add(put.Amount);
                put.Succeed();
                progress = true;
            }
            if (_gets.TryPeek(out var get) && Level.Current >= get.Amount)
            {
                _gets.Dequeue();
                Level.Set(Math.Max(0, Level.Current - get.Amount));
                get.Succeed();
                progress = true;
            }
        }
    }
}
