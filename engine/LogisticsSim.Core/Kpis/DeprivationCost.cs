// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Kpis;

/// <summary>
/// The deprivation cost of one person whose need arrived some hours late: the water deprivation cost
/// function of Holguín-Veras, Pérez, Jaller, Van Wassenhove and Aros-Vera (2013), "On the appropriate
/// objective function for post-disaster humanitarian logistics models", Journal of Operations Management
/// 31(5):262-280, gamma(t) = exp(1.5031 + 0.1172 t) - exp(1.5031), t in hours, up to a cap time, and beyond
/// it the straight line that continues the curve with its slope there.
/// </summary>
/// <remarks>
/// The curve was estimated over deprivation times of up to five days; past them the exponential gives a
/// person about 2 x 10^37 at 30 days late, a figure no other part of the objective could weigh against.
/// The tangent line keeps the cost continuous, smooth, convex and still growing, so that a longer wait
/// always costs more, without claiming to know the curve where it was never measured.
/// </remarks>
public static class DeprivationCost
{
    /// <summary>The curve's constant a.</summary>
    public const double A = 1.5031;

    /// <summary>The curve's growth per hour, b.</summary>
    public const double B = 0.1172;

    /// <summary>Five days: the span of deprivation times the curve was estimated over.</summary>
    public const double DefaultCapHours = 120;

    /// <summary>gamma(t) for <paramref name="hours"/> of delay (0 for none), linear beyond <paramref name="capHours"/>.</summary>
    public static double PerPerson(double hours, double capHours = DefaultCapHours)
    {
        if (!(hours > 0)) return 0;
        if (hours <= capHours) return Curve(hours);
        double slope = B * Math.Exp(A + B * capHours);
        return Curve(capHours) + slope * (hours - capHours);
    }

    private static double Curve(double hours) => Math.Exp(A + B * hours) - Math.Exp(A);
}
