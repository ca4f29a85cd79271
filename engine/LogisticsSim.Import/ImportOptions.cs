// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Import;

/// <summary>What to import: the road network (required), places and an HXL population table (optional).</summary>
/// <param name="RoadsPath">GeoJSON (.geojson, .json) or shapefile (.shp) of LineString and MultiLineString features.</param>
/// <param name="PlacesPath">GeoJSON points or a CSV with lat and lon columns, or null.</param>
/// <param name="PopulationPath">An HXL-tagged CSV of districts' population and people in need, or null.</param>
/// <param name="SnapToleranceMetres">Endpoints closer than this to another vertex (geodesic) become one node.</param>
/// <param name="ScenarioName">The scenario's name.</param>
public sealed record ImportOptions(
    string RoadsPath,
    string? PlacesPath,
    string? PopulationPath,
    double SnapToleranceMetres,
    string ScenarioName)
{
    /// <summary>The default tolerance: digitised road ends typically miss their junction by a few metres.</summary>
    public const double DefaultSnapToleranceMetres = 10;
}
