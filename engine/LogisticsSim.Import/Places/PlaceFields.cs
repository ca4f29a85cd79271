// SPDX-License-Identifier: Apache-2.0
using System.Text.RegularExpressions;
using LogisticsSim.Core.Network;
using LogisticsSim.Import.Geodata;

namespace LogisticsSim.Import.Places;

/// <summary>
/// Turns one record's named values (a GeoJSON feature's properties or a CSV row) into a <see cref="Place"/>:
/// <c>kind</c> is required; <c>id</c> defaults to the name in capitals with other characters as '_';
/// <c>code</c> (or <c>pcode</c>), <c>population</c>, <c>storage_t</c> and <c>handling_tph</c> are optional.
/// </summary>
internal static partial class PlaceFields
{
    private static readonly (string Word, NodeKind Kind)[] Kinds =
        [("hub", NodeKind.Hub), ("port", NodeKind.Port), ("airport", NodeKind.Airport), ("border", NodeKind.Border), ("district", NodeKind.District)];

    /// <summary>The place, or null after reporting what is wrong. <paramref name="get"/> finds the first of some names; <paramref name="at"/> locates a name for errors.</summary>
    public static Place? Build(string source, Func<string[], (string Name, object Value)?> get, Func<string, string> at, GeoPoint? location, ImportErrors errors)
    {
        int before = errors.All.Count;
        string? name = get(["name"]) is { } n ? PropertyValues.Text(n.Value) : null;
        string? id = get(["id"]) is { } i ? PropertyValues.Text(i.Value) : name is null ? null : IdFromName(name);
        if (id is null) errors.Add(at("id"), "neither id nor name", "an id (or a name to make one from)");
        else if (!IdPattern().IsMatch(id)) errors.Add(at(get(["id"]) is null ? "name" : "id"), $"'{id}'", "an id of letters, digits, '_', '-' and '.', starting with a letter or '_'");
        else if (JunctionPattern().IsMatch(id)) errors.Add(at("id"), $"'{id}'", "an id not of the form J<digits>, which names road junctions");
        NodeKind kind = NodeKind.District;
        if (get(["kind"]) is not { } k) errors.Add(at("kind"), "nothing", "a kind: hub, port, airport, border or district");
        else if (Kinds.FirstOrDefault(x => x.Word.Equals(PropertyValues.Text(k.Value), StringComparison.OrdinalIgnoreCase)) is { Word: not null } found) kind = found.Kind;
        else errors.Add(at(k.Name), PropertyValues.Show(k.Value), "hub, port, airport, border or district");
        var place = new Place(id ?? "", kind, location ?? default, source)
        {
            Name = name,
            Code = get(["code", "pcode"]) is { } c ? PropertyValues.Text(c.Value) : null,
            Population = Number(get, at, "population", "people", errors),
            StorageTonnes = Number(get, at, "storage_t", "tonnes", errors, positive: true),
            HandlingTonnesPerHour = Number(get, at, "handling_tph", "tonnes per hour", errors, positive: true),
        };
        return errors.All.Count == before && location is not null ? place : null;
    }

    /// <summary>An id from a display name: letters and digits kept (in capitals), every other run of characters one '_'.</summary>
    public static string IdFromName(string name)
    {
        string bare = string.Concat(name.Select(c => Accented.IndexOf(c, StringComparison.Ordinal) is >= 0 and int i ? Plain[i] : c));
        string id = NonWord().Replace(bare, "_").Trim('_').ToUpperInvariant();
        return id.Length > 0 && char.IsDigit(id[0]) ? "P_" + id : id;
    }

    // Folded by table: with invariant globalization, Unicode decomposition is not available to split accents off.
    private const string Accented = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿ";
    private const string Plain = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyy";

    private static double? Number(Func<string[], (string Name, object Value)?> get, Func<string, string> at, string key, string unit, ImportErrors errors, bool positive = false)
    {
        if (get([key]) is not { } v) return null;
        double? number = PropertyValues.Number(v.Value);
        if (number is { } x && (positive ? x > 0 : x >= 0)) return x;
        errors.Add(at(v.Name), PropertyValues.Show(v.Value), $"a number of {unit} {(positive ? "> 0" : ">= 0")}");
        return null;
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.\-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^J[0-9]+$")]
    private static partial Regex JunctionPattern();

    /// <summary>Runs of anything but ASCII letters and digits (common Latin accents are dropped first, so 'Búzi' gives 'BUZI').</summary>
    [GeneratedRegex(@"[^A-Za-z0-9]+")]
    private static partial Regex NonWord();
}
