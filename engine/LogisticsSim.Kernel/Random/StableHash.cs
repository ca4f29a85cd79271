// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel.Random;

/// <summary>
/// A 64-bit hash that is the same on every machine, process and .NET version
/// (unlike string.GetHashCode, which is randomised per process).
/// FNV-1a over UTF-8 bytes, finished with the SplitMix64 mixer for good avalanche.
/// </summary>
public static class StableHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    public static ulong Of(string text)
    {
        ulong h = FnvOffset;
        Span<byte> buffer = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            int n = rune.EncodeToUtf8(buffer);
            for (int i = 0; i < n; i++) h = (h ^ buffer[i]) * FnvPrime;
        }
        return Mix(h);
    }

    /// <summary>Combines hashes in order: Combine(a, b) differs from Combine(b, a).</summary>
    public static ulong Combine(ulong a, ulong b) => Mix(a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2)));

    /// <summary>SplitMix64's finaliser: a bijection on 64-bit values.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
