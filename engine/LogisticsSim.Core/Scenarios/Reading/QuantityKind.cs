// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Scenarios.Reading;

/// <summary>What a distribution's values measure, which decides how its numbers are written.</summary>
internal enum QuantityKind
{
    /// <summary>Written as durations (6h, 90m); held in hours.</summary>
    Hours,

    /// <summary>Written as bare numbers; held in tonnes.</summary>
    Tonnes,
}
