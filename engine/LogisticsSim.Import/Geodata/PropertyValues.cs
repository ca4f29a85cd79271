// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using System.Text.Json;

namespace LogisticsSim.Import.Geodata;

/// <summary>
/// Property values as text and numbers, whatever the reader boxed them as: GeoJSON numbers come as decimals,
/// shapefile fields as doubles, longs or strings, and either may hold a number written as text.
/// </summary>
internal static class PropertyValues
{
    public static string Text(object value) => value switch
    {
        string s => s.Trim(),
        JsonElement e => e.ToString().Trim(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? "",
    };

    /// <summary>The number, or null when the value is not one; text may carry a unit after the number (<c>50 km/h</c>).</summary>
    public static double? Number(object value, string? unit = null)
    {
        switch (value)
        {
            case double d: return double.IsFinite(d) ? d : null;
            case float f: return double.IsFinite(f) ? f : null;
            case decimal m: return (double)m;
            case int or long or short or byte: return Convert.ToDouble(value, CultureInfo.InvariantCulture);
        }
        string text = Text(value);
        if (unit is not null && text.EndsWith(unit, StringComparison.OrdinalIgnoreCase)) text = text[..^unit.Length].Trim();
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) && double.IsFinite(parsed) ? parsed : null;
    }

    /// <summary>The value as the error message shows it: text quoted, numbers bare.</summary>
    public static string Show(object value) => value is string or JsonElement ? $"'{Text(value)}'" : Text(value);
}
