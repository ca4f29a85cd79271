// SPDX-License-Identifier: Apache-2.0
using NetTopologySuite.Geometries;

namespace LogisticsSim.Import.Geodata;

/// <summary>One feature of a GeoJSON or shapefile, numbered from 0 in file order, with its properties by name (any case).</summary>
internal sealed record GeoFeature(int Index, Geometry? Geometry, IReadOnlyDictionary<string, object?> Properties)
{
    /// <summary>The first property present of <paramref name="names"/>, with the name as the file spells it.</summary>
    public (string Name, object Value)? First(params string[] names)
    {
        foreach (string name in names)
        {
            if (Properties.TryGetValue(name, out var value) && value is not null && !(value is string s && s.Trim().Length == 0))
            {
                return (name, value);
            }
        }
        return null;
    }
}
