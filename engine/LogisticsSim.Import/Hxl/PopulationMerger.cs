// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;
using LogisticsSim.Import.Places;

namespace LogisticsSim.Import.Hxl;

/// <summary>
/// Gives each population row to its district: the district place whose code is the row's <c>#adm2+code</c>,
/// else whose name (or id) is the row's <c>#adm2+name</c>, case aside. A row no place matches becomes a new
/// district at its <c>#geo+lat</c>, <c>#geo+lon</c>; without them it is an error. Two rows for one district are an error.
/// </summary>
internal static class PopulationMerger
{
    /// <summary>Updates <paramref name="places"/> in place; returns how many districts were added.</summary>
    public static int Merge(List<Place> places, IReadOnlyList<PopulationRow> rows, string? placesFile, ImportErrors errors)
    {
        var matchedBy = new Dictionary<int, string>();
        var ids = places.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        int added = 0;
        foreach (var row in rows)
        {
            int at = Find(places, row);
            if (at < 0)
            {
                string label = row.Name is not null ? $"'{row.Name}'" : $"code '{row.Code}'";
                if (row.Location is not { } location)
                {
                    errors.Add(row.Source, $"district {label}, which {(placesFile is null ? "no places file lists" : $"{Path.GetFileName(placesFile)} does not list")}, without coordinates",
                        "a district the places list (by #adm2+code or #adm2+name), or #geo+lat and #geo+lon to place it");
                    continue;
                }
                string id = PlaceFields.IdFromName(row.Name ?? row.Code!);
                if (id.Length == 0 || !ids.Add(id))
                {
                    errors.Add(row.Source, $"district {label}, whose id '{id}' another place has", "a name or code that makes a new id");
                    continue;
                }
                places.Add(new Place(id, NodeKind.District, location, row.Source) { Name = row.Name, Code = row.Code });
                at = places.Count - 1;
                added++;
            }
            if (matchedBy.TryGetValue(at, out string? first))
            {
                errors.Add(row.Source, $"district '{places[at].Id}' again", $"one row per district (first at {first})");
                continue;
            }
            matchedBy[at] = row.Source;
            places[at] = places[at] with { Population = row.Population ?? places[at].Population, InNeed = row.InNeed };
        }
        return added;
    }

    private static int Find(List<Place> places, PopulationRow row)
    {
        bool District(Place p) => p.Kind == NodeKind.District;
        if (row.Code is { } code)
        {
            int byCode = places.FindIndex(p => District(p) && string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase));
            if (byCode >= 0) return byCode;
        }
        if (row.Name is not { } name) return -1;
        int byName = places.FindIndex(p => District(p) && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        return byName >= 0 ? byName : places.FindIndex(p => District(p) && string.Equals(p.Id, PlaceFields.IdFromName(name), StringComparison.Ordinal));
    }
}
