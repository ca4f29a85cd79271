// SPDX-License-Identifier: Apache-2.0
using System.Globalization;

namespace LogisticsSim.Cli;

/// <summary>Durations given on the command line (time limits, timeouts): 500ms, 10s, 2m, or bare seconds.</summary>
public static class Durations
{
    /// <summary>The seconds <paramref name="text"/> says, or a clear error naming <paramref name="option"/>.</summary>
    public static double Seconds(string text, string option) =>
        TrySeconds(text) ?? throw new UserInputException($"error: {option}: found '{text}', expected a positive duration such as 10s or 2m");

    /// <summary>The seconds <paramref name="text"/> says, or null when it is not a positive duration.</summary>
    public static double? TrySeconds(string text)
    {
        string t = text.Trim();
        double factor = t.EndsWith("ms", StringComparison.Ordinal) ? 0.001 : t.EndsWith('m') ? 60 : 1;
        string number = t.TrimEnd('s').TrimEnd('m');
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v > 0 && double.IsFinite(v) ? v * factor : null;
    }
}
