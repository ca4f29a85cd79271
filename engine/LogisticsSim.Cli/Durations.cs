// SPDX-License-Identifier: Apache-2.0
using System.Globalization;

namespace LogisticsSim.Cli;

/// <summary>Durations given on the command line (time limits): 10s, 2m, or bare seconds.</summary>
public static class Durations
{
    public static double Seconds(string text, string option)
    {
        string t = text.Trim();
        double factor = t.EndsWith('m') ? 60 : 1;
        if (double.TryParse(t.TrimEnd('s', 'm'), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v > 0 && double.IsFinite(v)) return v * factor;
        throw new UserInputException($"error: {option}: found '{text}', expected a positive duration such as 10s or 2m");
    }
}
