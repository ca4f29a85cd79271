// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel.Random;

/// <summary>
/// One named stream of pseudo-random numbers: xoshiro256** (Blackman and Vigna), seeded from a
/// 64-bit key through SplitMix64. Fast (a few ns a draw), 2^256-1 period, and its state depends only
/// on the key, so a stream is reproduced exactly wherever and whenever it is created.
/// Get streams from <see cref="RandomStreams"/>; do not share one across threads.
/// </summary>
public sealed class RandomStream
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>Creates the stream for a 64-bit key (normally from <see cref="RandomStreams.For(string, string)"/>).</summary>
    public RandomStream(ulong key)
    {
        ulong x = key;
        _s0 = Next(ref x); _s1 = Next(ref x); _s2 = Next(ref x); _s3 = Next(ref x);
    }

    private static ulong Next(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        return StableHash.Mix(x);
    }

    /// <summary>A uniformly distributed 64-bit value.</summary>
    public ulong NextUInt64()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0; _s3 ^= _s1; _s1 ^= _s2; _s0 ^= _s3; _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    /// <summary>Uniform on [0, 1), 53 bits of precision.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / 9007199254740992.0);

    /// <summary>Uniform on (0, 1]: safe to take the logarithm of.</summary>
    public double NextDoubleNonZero() => ((NextUInt64() >> 11) + 1) * (1.0 / 9007199254740992.0);

    /// <summary>Uniform integer on [0, n), by Lemire's multiply-shift (bias below 2^-32 for n &lt; 2^32).</summary>
    public int NextInt(int n)
    {
        if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n), n, "must be positive");
        return (int)(((NextUInt64() >> 32) * (ulong)n) >> 32);
    }

    /// <summary>True with probability p.</summary>
    public bool NextBool(double p) => NextDouble() < p;
}
