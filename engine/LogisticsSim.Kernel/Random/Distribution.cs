// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel.Random;

/// <summary>
/// A probability distribution of a real quantity. Units belong to the caller (hours, tonnes):
/// a distribution only turns draws from a <see cref="RandomStream"/> into values.
/// Every distribution draws a fixed number of uniforms per sample where it can, so that
/// streams stay aligned across runs that differ only in parameters.
/// </summary>
public abstract record Distribution
{
    /// <summary>One draw.</summary>
    public abstract double Sample(RandomStream rng);

    /// <summary>The distribution's expected value.</summary>
    public abstract double Mean { get; }

    /// <summary>Smallest value the distribution can take (for validation: durations must not go below zero).</summary>
    public abstract double Minimum { get; }
}
