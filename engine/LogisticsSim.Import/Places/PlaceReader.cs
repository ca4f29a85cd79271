// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;
using LogisticsSim.Import.Geodata;
using NetTopologySuite.Geometries;

namespace LogisticsSim.Import.Places;

/// <summary>
/// Reads places from GeoJSON Point features (properties as <see cref="PlaceFields"/> names them) or from a
/// CSV whose header row names the columns (<c>id, name, kind, lat, lon, code, ...</c>, any case and order).
/// Ids must be unique; every problem is reported at its feature or row.
/// </summary>
internal static class PlaceReader
{
    private static readonly string[] LatNames = ["lat", "latitude"];
    private static readonly string[] LonNames = ["lon", "lng", "longitude"];

    public static List<Place> Read(string path, ImportErrors errors)
    {
        var places = Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? FromCsv(path, errors) : FromGeoJson(path, errors);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var place in places)
        {
            if (seen.TryGetValue(place.Id, out string? first)) errors.Add(place.Source, $"id '{place.Id}' again", $"a unique id (first at {first})");
            else seen[place.Id] = place.Source;
        }
        return places;
    }

    private static List<Place> FromGeoJson(string path, ImportErrors errors)
    {
        var places = new List<Place>();
        if (FeatureFiles.Read(path, errors) is not { } features) return places;
        foreach (var feature in features)
        {
            string at = $"{path}: features[{feature.Index}]";
            GeoPoint? location = null;
            if (feature.Geometry is Point { IsEmpty: false } p && p.X is >= -180 and <= 180 && p.Y is >= -90 and <= 90) location = new GeoPoint(p.Y, p.X);
            else errors.Add($"{at}.geometry", feature.Geometry is Point pt ? $"({pt.X}, {pt.Y})" : feature.Geometry?.GeometryType ?? "no geometry",
                "a Point in longitude and latitude degrees (WGS 84)");
            if (PlaceFields.Build(at, feature.First, name => $"{at}.properties.{name}", location, errors) is { } place) places.Add(place);
        }
        return places;
    }

    private static List<Place> FromCsv(string path, ImportErrors errors)
    {
        var places = new List<Place>();
        if (CsvTable.Read(path, errors) is not { } table) return places;
        if (table.Rows.Count == 0)
        {
            errors.Add(path, "an empty file", "a header row (id, name, kind, lat, lon) and a row per place");
            return places;
        }
        var (headerRow, header) = table.Rows[0];
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int c = 0; c < header.Length; c++) columns.TryAdd(header[c], c);
        int? Column(string[] names) => names.Select(n => columns.TryGetValue(n, out int c) ? c : (int?)null).FirstOrDefault(c => c is not null);
        int? lat = Column(LatNames), lon = Column(LonNames);
        if (lat is null || lon is null)
        {
            errors.Add($"{path}:{headerRow}", $"columns {string.Join(", ", header)}", "columns lat and lon (and kind, id or name)");
            return places;
        }
        foreach (var (row, fields) in table.Rows.Skip(1))
        {
            if (fields.All(f => f.StartsWith('#') || f.Length == 0)) continue; // an HXL hashtag row under the header
            string At(int c) => $"{path}:{row}: {header[c]} (column {CsvTable.ColumnName(c)})";
            string Where(string name) => Column([name]) is { } c ? At(c) : $"{path}:{row}: {name}";
            (string, object)? Get(string[] names) => Column(names) is { } c && CsvTable.Field(fields, c) is { Length: > 0 } v ? (header[c], v) : null;
            var location = Coordinates(fields, lat.Value, lon.Value, At, errors);
            if (PlaceFields.Build($"{path}:{row}", Get, Where, location, errors) is { } place) places.Add(place);
        }
        return places;
    }

    private static GeoPoint? Coordinates(string[] fields, int lat, int lon, Func<int, string> where, ImportErrors errors)
    {
        double? y = PropertyValues.Number(CsvTable.Field(fields, lat)), x = PropertyValues.Number(CsvTable.Field(fields, lon));
        bool ok = true;
        if (y is not (>= -90 and <= 90))
        {
            errors.Add(where(lat), $"'{CsvTable.Field(fields, lat)}'", "a latitude in degrees, -90 to 90");
            ok = false;
        }
        if (x is not (>= -180 and <= 180))
        {
            errors.Add(where(lon), $"'{CsvTable.Field(fields, lon)}'", "a longitude in degrees, -180 to 180");
            ok = false;
        }
        return ok ? new GeoPoint(y!.Value, x!.Value) : null;
    }
}
