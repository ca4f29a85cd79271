// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;

namespace LogisticsSim.Import.Roads;

/// <summary>A road feature checked and read: its lines (one per part of a MultiLineString) and what its properties say.</summary>
/// <param name="Index">The feature's place in the file, from 0.</param>
/// <param name="Parts">Each line's vertices in order, repeated consecutive points dropped; at least two each.</param>
/// <param name="Attributes">Mode, surface and speed.</param>
internal sealed record RoadFeature(int Index, IReadOnlyList<GeoPoint[]> Parts, RoadAttributes Attributes);
