// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel.Monitoring;

/// <summary>
/// A quantity that holds its value between changes (busy servers, queue length, stock level),
/// averaged over time. Optionally keeps every change, for charts.
/// </summary>
public sealed class TimeWeightedMonitor
{
    private readonly Simulation _simulation;
    private readonly List<(SimTime Time, double Value)>? _series;
    private long _since;
    private long _lastChange;
    private double _area; // value x ticks, since _since

    public TimeWeightedMonitor(Simulation simulation, double initial = 0, bool keepSeries = false)
    {
        _simulation = simulation;
        _since = _lastChange = simulation.Now.Ticks;
        Current = Maximum = Minimum = initial;
        if (keepSeries) _series = [(simulation.Now, initial)];
    }

    public double Current { get; private set; }
    public double Maximum { get; private set; }
    public double Minimum { get; private set; }

    /// <summary>Every change as (time, new value), when the monitor keeps its series; else empty.</summary>
    public IReadOnlyList<(SimTime Time, double Value)> Series => (IReadOnlyList<(SimTime, double)>?)_series ?? [];

    public void Set(double value)
    {
        long now = _simulation.Now.Ticks;
        _area += Current * (now - _lastChange);
        _lastChange = now;
        Current = value;
        if (value > Maximum) Maximum = value;
        if (value < Minimum) Minimum = value;
        _series?.Add((new SimTime(now), value));
    }

    public void Add(double delta) => Set(Current + delta);

    /// <summary>The integral of the value over time, in value x hours, up to now.</summary>
    public double IntegralHours => (_area + Current * (_simulation.Now.Ticks - _lastChange)) / SimTime.TicksPerHour;

    /// <summary>The time average from the start (or the last reset) up to now; the current value if no time has passed.</summary>
    public double TimeAverage
    {
        get
        {
            long span = _simulation.Now.Ticks - _since;
            return span == 0 ? Current : IntegralHours * SimTime.TicksPerHour / span;
        }
    }

    /// <summary>Forgets the history (for a warm-up period), keeping the current value.</summary>
    public void Reset()
    {
        _since = _lastChange = _simulation.Now.Ticks;
        _area = 0;
        Maximum = Minimum = Current;
    }
}
