// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel.Random;

/// <summary>Always the same value.</summary>
public sealed record Constant(double Value) : Distribution
{
    public override double Sample(RandomStream rng) => Value;
    public override double Mean => Value;
    public override double Minimum => Value;
}
