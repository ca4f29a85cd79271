// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Demand;

/// <summary>Tonnes are doubles; below this a remainder counts as nothing (the rounding of split cargo).</summary>
public static class Tonnage
{
    /// <summary>One gram.</summary>
    public const double Epsilon = 1e-6;
}
