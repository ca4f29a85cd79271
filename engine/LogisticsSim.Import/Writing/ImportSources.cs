// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Import.Writing;

/// <summary>What the header comment cites about the inputs.</summary>
/// <param name="Roads">The roads file, as given.</param>
/// <param name="RoadFeatures">Features read.</param>
/// <param name="MultiLineFeatures">Of which MultiLineStrings.</param>
/// <param name="Vertices">Vertices in all lines.</param>
/// <param name="ToleranceMetres">The snap tolerance.</param>
/// <param name="MovedEnds">Line ends snapped to a vertex elsewhere.</param>
/// <param name="VanishedSegments">Segments shorter than the tolerance.</param>
/// <param name="Places">The places file, or null.</param>
/// <param name="PlaceCount">Places read from it.</param>
/// <param name="Population">The population file, or null.</param>
/// <param name="PopulationRows">Its data rows.</param>
/// <param name="PopulationTags">The tags it has.</param>
/// <param name="DistrictsAdded">Districts made from population rows the places did not list.</param>
internal sealed record ImportSources(
    string Roads,
    int RoadFeatures,
    int MultiLineFeatures,
    int Vertices,
    double ToleranceMetres,
    int MovedEnds,
    int VanishedSegments,
    string? Places,
    int PlaceCount,
    string? Population,
    int PopulationRows,
    string? PopulationTags,
    int DistrictsAdded);
