// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel.Random;

/// <summary>Weibull with shape k and scale lambda, by inversion.</summary>
public sealed record Weibull(double Shape, double Scale) : Distribution
{
    public override double Sample(RandomStream rng) => Scale * Math.Pow(-Math.Log(rng.NextDoubleNonZero()), 1.0 / Shape);
    public override double Mean => Scale * Gamma(1 + 1.0 / Shape);
    public override double Minimum => 0;

    /// <summary>Lanczos approximation (g=7, n=9), accurate to about 1e-15 for positive arguments.</summary>
    internal static double Gamma(double x)
    {
        ReadOnlySpan<double> c =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7,
        ];
        if (x < 0.5) return Math.PI / (Math.Sin(Math.PI * x) * Gamma(1 - x));
        x -= 1;
        double a = c[0], t = x + 7.5;
        for (int i = 1; i < 9; i++) a += c[i] / (x + i);
        return Math.Sqrt(2 * Math.PI) * Math.Pow(t, x + 0.5) * Math.Exp(-t) * a;
    }
}
