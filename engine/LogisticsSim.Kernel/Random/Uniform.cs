// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel.Random;

/// <summary>Uniform on [Low, High).</summary>
public sealed record Uniform(double Low, double High) : Distribution
{
    public override double Sample(RandomStream rng) => Low + (High - Low) * rng.NextDouble();
    public override double Mean => (Low + High) / 2;
    public override double Minimum => Low;
}
