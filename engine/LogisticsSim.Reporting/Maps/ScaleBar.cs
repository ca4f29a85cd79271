// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting.Maps;

/// <summary>The length of a map's scale bar.</summary>
public static class ScaleBar
{
    /// <summary>The largest 1, 2 or 5 times a power of ten not above <paramref name="km"/> (at least 1 m).</summary>
    public static double RoundKm(double km)
    {
        if (!(km > 0.001)) return 0.001;
        double power = Math.Pow(10, Math.Floor(Math.Log10(km)));
        double m = km / power;
        return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * power;
    }
}
