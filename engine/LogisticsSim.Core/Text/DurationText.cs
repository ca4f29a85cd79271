// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using System.Text.RegularExpressions;

namespace LogisticsSim.Core.Text;

/// <summary>
/// Durations written as text, the one syntax for the scenario format, strategy options and the command
/// line: a number and a unit, <c>ms</c>, <c>s</c>, <c>m</c> (minutes), <c>h</c> or <c>d</c>, such as
/// <c>500ms</c>, <c>90s</c>, <c>2m</c>, <c>1.5h</c> or <c>3d</c>. A bare number is not a duration: whether
/// "60" means seconds or minutes is exactly the mistake the unit prevents. Parsing is culture-invariant.
/// </summary>
public static partial class DurationText
{
    /// <summary>The units, smallest first, with their length in seconds.</summary>
    private static readonly (string Unit, double Seconds)[] Units = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86400)];

    /// <summary>What a duration looks like, for "expected ..." messages.</summary>
    public const string Examples = "500ms, 90s, 2m, 6h or 3d";

    /// <summary>
    /// The seconds <paramref name="text"/> says (sign allowed: callers check the range), or false for
    /// anything that is not a number followed by a unit. NaN and infinities are refused.
    /// </summary>
    public static bool TrySeconds(string text, out double seconds)
    {
        ArgumentNullException.ThrowIfNull(text);
        seconds = 0;
        var match = Pattern().Match(text);
        if (!match.Success) return false;
        double value = double.Parse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        string unit = match.Groups[2].Value;
        seconds = value * Units.First(u => u.Unit == unit).Seconds;
        return double.IsFinite(seconds);
    }

    /// <summary>The duration <paramref name="text"/> says, or false when it is not one or is beyond what a <see cref="TimeSpan"/> holds.</summary>
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (!TrySeconds(text, out double seconds) || Math.Abs(seconds) >= TimeSpan.MaxValue.TotalSeconds) return false;
        duration = TimeSpan.FromSeconds(seconds);
        return true;
    }

    /// <summary>
    /// "expected ..." for a text that is not a duration: a bare number gets the units it may have meant
    /// (<c>60s, 60m, 60h or 60d</c>), anything else the general form.
    /// </summary>
    public static string Expected(string text, string what = "a duration")
    {
        string t = text.Trim();
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? $"{what} with a unit ({t}s, {t}m, {t}h or {t}d)"
            : $"{what}: a number and a unit ms, s, m, h or d (such as {Examples})";
    }

    /// <summary>A duration as a user would write it: the largest unit that divides it (6h, 90m, 45s, 500ms), else seconds with decimals.</summary>
    public static string Format(TimeSpan duration)
    {
        long ms = (long)Math.Round(duration.TotalMilliseconds);
        if (Math.Abs(duration.TotalMilliseconds - ms) > 1e-6) return duration.TotalSeconds.ToString("0.#######", CultureInfo.InvariantCulture) + "s";
        for (int i = Units.Length - 1; i >= 0; i--)
        {
            long per = (long)Math.Round(Units[i].Seconds * 1000);
            if (ms % per == 0 && (ms != 0 || i == 1)) return (ms / per).ToString(CultureInfo.InvariantCulture) + Units[i].Unit;
        }
        return ms.ToString(CultureInfo.InvariantCulture) + "ms";
    }

    [GeneratedRegex(@"^\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*(ms|s|m|h|d)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
