// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;
using LogisticsSim.Import.Geodata;

namespace LogisticsSim.Import.Hxl;

/// <summary>
/// Reads districts' population and people in need from an HXL-tagged CSV: <c>#adm2+name</c> and/or
/// <c>#adm2+code</c> say which district, <c>#geo+lat</c> and <c>#geo+lon</c> where it is (needed only for a
/// district the places do not list), <c>#population</c>, <c>#inneed</c> and <c>#affected</c> how many people.
/// </summary>
internal static class PopulationReader
{
    public static (HxlTable? Table, List<PopulationRow> Rows) Read(string path, ImportErrors errors)
    {
        var rows = new List<PopulationRow>();
        if (HxlTable.Read(path, errors) is not { } table) return (null, rows);
        int? name = table.Column("#adm2+name"), code = table.Column("#adm2+code");
        int? lat = table.Column("#geo+lat"), lon = table.Column("#geo+lon");
        int? population = table.Column("#population"), inNeed = table.Column("#inneed"), affected = table.Column("#affected");
        int before = errors.All.Count;
        if (name is null && code is null) errors.Add($"{path}:{table.TagRow}", $"tags {table.TagList}", "#adm2+name or #adm2+code to say which district a row is");
        if (population is null && inNeed is null && affected is null) errors.Add($"{path}:{table.TagRow}", $"tags {table.TagList}", "#population, #inneed or #affected");
        if (lat is null != lon is null) errors.Add($"{path}:{table.TagRow}", $"only #geo+{(lat is null ? "lon" : "lat")}", "both #geo+lat and #geo+lon, or neither");
        if (errors.All.Count > before) return (table, rows);
        foreach (var (row, fields) in table.Rows)
        {
            string at = $"{path}:{row}";
            string? Text(int? c) => c is { } i && CsvTable.Field(fields, i) is { Length: > 0 } v ? v : null;
            double? Number(int? c, double low, double high, string expected)
            {
                if (Text(c) is not { } text) return null;
                double? x = PropertyValues.Number(text);
                if (x is { } v && v >= low && v <= high) return v;
                errors.Add($"{at}: {table.Describe(c!.Value)}", $"'{text}'", expected);
                return null;
            }
            var (n, k) = (Text(name), Text(code));
            if (n is null && k is null)
            {
                errors.Add($"{at}: {table.Describe((name ?? code)!.Value)}", "an empty cell", "the district's name or code");
                continue;
            }
            double? y = Number(lat, -90, 90, "a latitude in degrees, -90 to 90"), x = Number(lon, -180, 180, "a longitude in degrees, -180 to 180");
            double? people = Number(population, 0, double.MaxValue, "a number of people >= 0");
            double? need = Number(inNeed, 0, double.MaxValue, "a number of people >= 0") ?? Number(affected, 0, double.MaxValue, "a number of people >= 0");
            rows.Add(new PopulationRow(at, n, k, y is { } a && x is { } b ? new GeoPoint(a, b) : null, people, need));
        }
        return (table, rows);
    }
}
