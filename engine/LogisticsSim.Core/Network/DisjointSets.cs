// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Network;

/// <summary>
/// Elements 0 to n - 1 joined into groups (union-find): the pieces a network's open links join, or places close
/// enough to share a region. A group's root is its lowest element, so the groups' numbering depends only on which
/// elements were joined, never on the order of the joins.
/// </summary>
public sealed class DisjointSets
{
    private readonly int[] _parent;

    /// <summary>Each element alone.</summary>
    public DisjointSets(int count)
    {
        _parent = new int[count];
        Reset();
    }

    /// <summary>Every element alone again.</summary>
    public void Reset()
    {
        for (int i = 0; i < _parent.Length; i++) _parent[i] = i;
    }

    /// <summary>Joins the groups of two elements.</summary>
    public void Join(int a, int b)
    {
        int x = Root(a), y = Root(b);
        if (x != y) _parent[Math.Max(x, y)] = Math.Min(x, y);
    }

    /// <summary>Each element's group, numbered 0, 1, ... in the order of the groups' lowest elements, and how many groups there are.</summary>
    public (int[] Group, int Count) Groups()
    {
        var group = new int[_parent.Length];
        var number = new Dictionary<int, int>();
        for (int i = 0; i < _parent.Length; i++)
        {
            int root = Root(i);
            if (!number.TryGetValue(root, out int g)) number[root] = g = number.Count;
            group[i] = g;
        }
        return (group, number.Count);
    }

    private int Root(int i)
    {
        while (_parent[i] != i) i = _parent[i] = _parent[_parent[i]];
        return i;
    }
}
