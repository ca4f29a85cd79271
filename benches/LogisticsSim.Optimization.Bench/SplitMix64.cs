// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Bench;

/// <summary>A tiny seeded generator for synthetic epochs (System.Random is banned for reproducibility).</summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public int Int(int min, int max) => min + (int)(Next() % (ulong)(max - min + 1));

    public double Uniform(double min, double max) => min + (max - min) * ((Next() >> 11) * (1.0 / (1UL << 53)));
}
