// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using System.Text.RegularExpressions;

namespace LogisticsSim.Import.Writing;

/// <summary>Scalars as the written scenario shows them: plain where YAML reads them back as the same text, else double-quoted; numbers invariant and short.</summary>
internal static partial class Yaml
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase) { "true", "false", "null", "yes", "no", "on", "off", "y", "n", "~" };

    public static string Text(string value) =>
        Plain().IsMatch(value) && !Reserved.Contains(value) ? value : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>A number with at most <paramref name="decimals"/> decimals, no trailing zeros.</summary>
    public static string Number(double value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.\-]*$")]
    private static partial Regex Plain();
}
