// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing.OrTools;

/// <summary>
/// The solver works on integers: every quantity is scaled here and nowhere else.
/// One thousandth is finer than any input we plan with (3.6 s, 1 kg, 1 litre, a thousandth of a cost unit).
/// </summary>
internal static class ModelScale
{
    public const double CostUnits = 1000;
    public const double TicksPerHour = 1000;
    public const double KgPerTonne = 1000;
    public const double LitresPerCubicMeter = 1000;

    /// <summary>Cost of a forbidden move: large enough to avoid, small enough never to overflow sums.</summary>
    public const long ForbiddenCost = 1L << 40;

    public static long Cost(double cost) => (long)Math.Round(cost * CostUnits);

    /// <summary>Durations round up, so a plan feasible in ticks is feasible in real hours.</summary>
    public static long TicksUp(double hours) => (long)Math.Ceiling(hours * TicksPerHour - 1e-6);

    public static long TicksDown(double hours) => (long)Math.Floor(hours * TicksPerHour + 1e-6);

    public static long Kg(double tonnes) => (long)Math.Round(tonnes * KgPerTonne);

    public static long Litres(double cubicMeters) => (long)Math.Round(cubicMeters * LitresPerCubicMeter);

    /// <summary>Lateness coefficient per tick, in scaled cost: whole objective units per hour.</summary>
    public static long LatenessPerTick(double costPerHour) => (long)Math.Round(costPerHour * CostUnits / TicksPerHour);
}
