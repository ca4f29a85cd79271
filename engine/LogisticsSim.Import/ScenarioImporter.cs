// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;
using LogisticsSim.Import.Geodata;
using LogisticsSim.Import.Hxl;
using LogisticsSim.Import.Places;
using LogisticsSim.Import.Roads;
using LogisticsSim.Import.Writing;
using NetTopologySuite.Geometries;

namespace LogisticsSim.Import;

/// <summary>
/// Turns open geodata into a scenario: road lines become nodes and links (ends snapped within a tolerance,
/// chains of degree-2 vertices collapsed into one link with the summed length), places snap to the nearest
/// road vertex, and an HXL population table gives districts their population and people in need. Every
/// problem in the inputs is reported, located, before anything is built.
/// </summary>
public static class ScenarioImporter
{
    /// <summary>Places farther than this from every road vertex are named in a warning: a wrong coordinate, or a road missing.</summary>
    public const double FarPlaceKm = 5;

    public static ImportResult Import(ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new ImportErrors();
        var features = FeatureFiles.Read(options.RoadsPath, errors);
        var roads = features is null ? [] : RoadReader.Read(options.RoadsPath, features, errors);
        var places = options.PlacesPath is null ? [] : PlaceReader.Read(options.PlacesPath, errors);
        var (table, rows) = options.PopulationPath is null ? (null, []) : PopulationReader.Read(options.PopulationPath, errors);
        if (errors.Any) return Failed(errors);
        int added = PopulationMerger.Merge(places, rows, options.PlacesPath, errors);
        var graph = RoadGraph.Build(roads, options.SnapToleranceMetres);
        if (!graph.Clusters().Any()) errors.Add(options.RoadsPath, "no segment longer than the snap tolerance", "roads with some length");
        if (errors.Any) return Failed(errors);

        var network = NetworkAssembler.Assemble(graph, places, options.RoadsPath);
        var sources = new ImportSources(options.RoadsPath, features!.Count, features.Count(f => f.Geometry is MultiLineString), graph.VertexCount,
            options.SnapToleranceMetres, graph.MovedEndpoints, graph.VanishedSegments,
            options.PlacesPath, places.Count - added, options.PopulationPath, rows.Count, table?.TagList, added);
        string text = ScenarioWriter.Write(options.ScenarioName, network, sources, new Placeholders(network));
        string summary = $"{network.Nodes.Count} nodes ({network.Nodes.Count(n => n.Place is not null)} places, {network.Nodes.Count(n => n.Place is null)} junctions), " +
            $"{network.Links.Count} links, {Yaml.Number(network.TotalKm, 1)} km, {network.Components.Count} component{(network.Components.Count == 1 ? "" : "s")}, " +
            $"{network.Nodes.Count(n => n.Kind == NodeKind.District)} districts ({network.Nodes.Count(n => n.Place?.Population is not null)} with population)";
        return new ImportResult([], text, summary, Warnings(network, options).ToList());
    }

    private static IEnumerable<string> Warnings(ImportedNetwork network, ImportOptions options)
    {
        if (network.Components.Count > 1)
        {
            foreach (string line in ScenarioWriter.ComponentLines(network)) yield return line;
        }
        foreach (var node in network.Nodes.Where(n => n.Place is not null))
        {
            double km = node.Place!.Location.GreatCircleKm(node.Location);
            if (km > FarPlaceKm) yield return $"{node.Place.Source}: {node.Id} is {Yaml.Number(km, 1)} km from the nearest road vertex; check its coordinates or the roads";
        }
        if (options.PopulationPath is not null)
        {
            var without = network.Nodes.Where(n => n.Kind == NodeKind.District && n.Place?.Population is null).Select(n => n.Id).ToList();
            if (without.Count > 0) yield return $"{without.Count} districts have no population from {Path.GetFileName(options.PopulationPath)}: {string.Join(", ", without.Take(12))}{(without.Count > 12 ? ", ..." : "")}";
        }
    }

    private static ImportResult Failed(ImportErrors errors) => new(errors.All, null, "", []);
}
