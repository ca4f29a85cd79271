// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel.Random;

/// <summary>
/// The source of every random number in a replication. A stream is keyed by
/// (master seed, replication, purpose, entity) through <see cref="StableHash"/>, never by the order
/// in which streams are created, so two strategies run on the same replication draw identical
/// hazards, demand, travel noise and breakdowns (common random numbers), and adding a new stream
/// leaves every other stream unchanged.
/// </summary>
public sealed class RandomStreams
{
    private readonly ulong _replicationKey;

    public RandomStreams(long masterSeed, int replication)
    {
        MasterSeed = masterSeed;
        Replication = replication;
        _replicationKey = StableHash.Combine(StableHash.Mix(unchecked((ulong)masterSeed)), StableHash.Mix((ulong)(uint)replication + 1));
    }

    public long MasterSeed { get; }
    public int Replication { get; }

    /// <summary>A fresh stream for this purpose (e.g. "travel") and entity (e.g. a vehicle id).</summary>
    public RandomStream For(string purpose, string entity) =>
        new(StableHash.Combine(StableHash.Combine(_replicationKey, StableHash.Of(purpose)), StableHash.Of(entity)));

    /// <summary>A fresh stream for a purpose that concerns the whole model rather than one entity.</summary>
    public RandomStream For(string purpose) => For(purpose, "");
}
