// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;

namespace LogisticsSim.Import.Hxl;

/// <summary>One district's figures from an HXL population table.</summary>
/// <param name="Source">Where the row is (<c>pop.csv:7</c>).</param>
/// <param name="Name">From <c>#adm2+name</c>, or null.</param>
/// <param name="Code">From <c>#adm2+code</c>, or null.</param>
/// <param name="Location">From <c>#geo+lat</c> and <c>#geo+lon</c>, or null.</param>
/// <param name="Population">From <c>#population</c>, or null.</param>
/// <param name="InNeed">From <c>#inneed</c>, else <c>#affected</c>, or null.</param>
internal sealed record PopulationRow(string Source, string? Name, string? Code, GeoPoint? Location, double? Population, double? InNeed);
