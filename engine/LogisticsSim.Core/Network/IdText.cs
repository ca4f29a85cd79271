// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Network;

/// <summary>
/// What the scenario's ids (node, item, fleet entry) share: the string kept once per spelling and its hash worked
/// out once. Rules and rollouts look ids up in dictionaries millions of times a replication; hashing the string
/// anew each time was a tenth of a large scenario's time, and comparing two copies of one id character by character
/// most of the rest. The hash is stable across runs, though nothing depends on it: dictionaries keep their own order.
/// </summary>
internal static class IdText
{
    /// <summary>The one instance of this spelling, so that equal ids compare by reference.</summary>
    public static string Shared(string value) => string.IsInterned(value) ?? string.Intern(value);

    /// <summary>FNV-1a over the characters.</summary>
    public static int Hash(string value)
    {
        uint hash = 2166136261;
        foreach (char c in value) hash = (hash ^ c) * 16777619;
        return (int)hash;
    }
}
