// SPDX-License-Identifier: Apache-2.0
using System.Globalization;

namespace LogisticsSim.Core.Experiments.Sweeps;

/// <summary>Shard <see cref="Index"/> of <see cref="Count"/>: the units whose plan index is Index modulo Count.</summary>
/// <param name="Index">0-based shard number.</param>
/// <param name="Count">How many shards.</param>
public sealed record ShardSpec(int Index, int Count)
{
    /// <summary>The whole plan.</summary>
    public static ShardSpec All { get; } = new(0, 1);

    /// <summary>Reads <c>i/n</c> with 0 &lt;= i &lt; n; null with a reason when it is not that.</summary>
    public static ShardSpec? TryParse(string text, out string? problem)
    {
        problem = null;
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int i)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            && n >= 1 && i < n)
        {
            return new ShardSpec(i, n);
        }
        problem = $"found '{text}', expected i/n with whole numbers 0 <= i < n, e.g. 0/4";
        return null;
    }

    /// <summary>True when the unit at this plan index belongs to the shard.</summary>
    public bool Contains(int unitIndex) => unitIndex % Count == Index;

    /// <summary><c>i/n</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
