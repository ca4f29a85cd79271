// SPDX-License-Identifier: Apache-2.0
using System.Globalization;

namespace LogisticsSim.Kernel;

/// <summary>
/// A point or span of simulated time, held as whole milliseconds so that sums never drift
/// and equal times compare equal. Hours, days and dates appear only at the edges (I/O).
/// </summary>
public readonly record struct SimTime(long Ticks) : IComparable<SimTime>
{
    /// <summary>Ticks in one second: time is exact to the millisecond.</summary>
    public const long TicksPerSecond = 1000;
    public const long TicksPerMinute = 60 * TicksPerSecond;
    public const long TicksPerHour = 60 * TicksPerMinute;
    public const long TicksPerDay = 24 * TicksPerHour;

    public static readonly SimTime Zero = new(0);
    public static readonly SimTime MaxValue = new(long.MaxValue);

    public double Seconds => Ticks / (double)TicksPerSecond;
    public double Hours => Ticks / (double)TicksPerHour;
    public double Days => Ticks / (double)TicksPerDay;

    public static SimTime FromSeconds(double seconds) => FromUnits(seconds, TicksPerSecond);
    public static SimTime FromMinutes(double minutes) => FromUnits(minutes, TicksPerMinute);
    public static SimTime FromHours(double hours) => FromUnits(hours, TicksPerHour);
    public static SimTime FromDays(double days) => FromUnits(days, TicksPerDay);

    /// <summary>Rounds to the nearest tick; a quantity too large for the clock is a programmer error.</summary>
    private static SimTime FromUnits(double value, long ticksPerUnit)
    {
        double ticks = Math.Round(value * ticksPerUnit, MidpointRounding.ToEven);
        if (double.IsNaN(ticks) || ticks >= long.MaxValue || ticks <= long.MinValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "time is NaN or beyond the clock's range");
        }
        return new SimTime((long)ticks);
    }

    public static SimTime operator +(SimTime a, SimTime b) => new(a.Ticks + b.Ticks);
    public static SimTime operator -(SimTime a, SimTime b) => new(a.Ticks - b.Ticks);
    public static SimTime operator *(SimTime a, double factor) => FromUnits(a.Ticks * factor, 1);
    public static bool operator <(SimTime a, SimTime b) => a.Ticks < b.Ticks;
    public static bool operator >(SimTime a, SimTime b) => a.Ticks > b.Ticks;
    public static bool operator <=(SimTime a, SimTime b) => a.Ticks <= b.Ticks;
    public static bool operator >=(SimTime a, SimTime b) => a.Ticks >= b.Ticks;
    public static SimTime Max(SimTime a, SimTime b) => a.Ticks >= b.Ticks ? a : b;
    public static SimTime Min(SimTime a, SimTime b) => a.Ticks <= b.Ticks ? a : b;

    public int CompareTo(SimTime other) => Ticks.CompareTo(other.Ticks);

    /// <summary>Hours with three decimals, invariant culture: "12.500h".</summary>
    public override string ToString() => Hours.ToString("0.###", CultureInfo.InvariantCulture) + "h";
}
