// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;

namespace LogisticsSim.Core.Fleet;

/// <summary>The id of a <see cref="VehicleType"/> (a fleet entry), as written in the scenario.</summary>
/// <remarks>Its text is shared and its hash kept (<see cref="IdText"/>): ids are dictionary keys in every rule's inner loop.</remarks>
public readonly record struct VehicleTypeId
{
    private readonly int _hash;

    /// <summary>The id of this spelling.</summary>
    public VehicleTypeId(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = IdText.Shared(value);
        _hash = IdText.Hash(value);
    }

    /// <summary>The id as written.</summary>
    public string Value { get; }

    /// <summary>Same spelling: the kept hashes first, then the text (by reference, as it is shared).</summary>
    public bool Equals(VehicleTypeId other) => _hash == other._hash && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => _hash;

    /// <summary>The id as written.</summary>
    public override string ToString() => Value;
}
