// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Fleet;

/// <summary>The id of a <see cref="VehicleType"/> (a fleet entry), as written in the scenario.</summary>
public readonly record struct VehicleTypeId(string Value)
{
    /// <summary>The id as written.</summary>
    public override string ToString() => Value;
}
