// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel.Random;

/// <summary>Normal by Box-Muller (two uniforms a draw, no cached spare, so draws stay aligned).</summary>
public sealed record Normal(double MeanValue, double StandardDeviation) : Distribution
{
    public override double Sample(RandomStream rng) => MeanValue + StandardDeviation * StandardNormal(rng);
    public override double Mean => MeanValue;
    public override double Minimum => double.NegativeInfinity;

    internal static double StandardNormal(RandomStream rng)
    {
        double u1 = rng.NextDoubleNonZero(), u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
