// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LogisticsSim.Core.Text;

/// <summary>
/// Turns scalar text into numbers and durations. Durations are a number and a unit (see <see cref="DurationText"/>);
/// quantities with a unit in their key (<c>payload_t</c>, <c>kmh</c>) are bare numbers.
/// Parsing never uses the current culture: "1.5" is one and a half everywhere.
/// </summary>
internal static partial class Scalars
{
    /// <summary>No duration in a scenario needs more than about a century; beyond that SimTime would overflow.</summary>
    public const double MaxDurationHours = 1_000_000;

    /// <summary>YAML's null: an empty plain scalar, ~ or null.</summary>
    public static bool IsNull(YamlScalarNode s) =>
        (s.Style is ScalarStyle.Plain or ScalarStyle.Any) && (s.Value is null or "" or "~" or "null" or "Null" or "NULL");

    /// <summary>A number as YAML writes it, including .nan and .inf (which callers then refuse as not finite).</summary>
    public static bool TryNumber(string text, out double value)
    {
        switch (text.Trim())
        {
            case ".nan" or ".NaN" or ".NAN":
                value = double.NaN;
                return true;
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF":
                value = double.PositiveInfinity;
                return true;
            case "-.inf" or "-.Inf" or "-.INF":
                value = double.NegativeInfinity;
                return true;
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A duration such as 500ms, 30s, 90m, 6h, 3d or 1.5h, in hours; false for anything else, bare numbers included.</summary>
    public static bool TryDurationHours(string text, out double hours)
    {
        bool ok = DurationText.TrySeconds(text, out double seconds);
        hours = seconds / 3600.0;
        return ok;
    }

    /// <summary>A number, possibly followed by letters (45h, 10t): shown unquoted in "found ...".</summary>
    public static bool LooksNumeric(string text) => TryNumber(text, out _) || NumberWithSuffix().IsMatch(text);

    /// <summary>A number with letters after it, like "45h": a unit where the key already gives one.</summary>
    public static bool HasUnitSuffix(string text) => NumberWithSuffix().IsMatch(text) && !TryNumber(text, out _);

    /// <summary>A number as written in messages, invariant: 5000, 0.5.</summary>
    public static string Format(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\s*[A-Za-z/_]+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberWithSuffix();
}
