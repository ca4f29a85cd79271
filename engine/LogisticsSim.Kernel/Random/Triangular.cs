// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel.Random;

/// <summary>Triangular with lower limit, mode and upper limit, by inversion.</summary>
public sealed record Triangular(double Low, double Mode, double High) : Distribution
{
    public override double Sample(RandomStream rng)
    {
        double u = rng.NextDouble(), range = High - Low;
        if (range <= 0) return Low;
        double f = (Mode - Low) / range;
        return u < f
            ? Low + Math.Sqrt(u * range * (Mode - Low))
            : High - Math.Sqrt((1 - u) * range * (High - Mode));
    }

    public override double Mean => (Low + Mode + High) / 3;
    public override double Minimum => Low;
}
