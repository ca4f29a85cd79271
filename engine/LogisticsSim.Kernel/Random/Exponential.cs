// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel.Random;

/// <summary>Exponential with the given mean (rate 1/mean).</summary>
public sealed record Exponential(double MeanValue) : Distribution
{
    public override double Sample(RandomStream rng) => -Math.Log(rng.NextDoubleNonZero()) * MeanValue;
    public override double Mean => MeanValue;
    public override double Minimum => 0;
}
