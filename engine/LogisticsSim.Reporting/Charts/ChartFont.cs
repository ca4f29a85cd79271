// SPDX-License-Identifier: Apache-2.0
using SkiaSharp;

namespace LogisticsSim.Reporting.Charts;

/// <summary>
/// The one font of every chart. ScottPlot would pick a serif font and, on a machine without fonts,
/// silently draw no text at all; so the font is named, and checked before anything is drawn.
/// </summary>
public static class ChartFont
{
    /// <summary>DejaVu Sans: Debian's fonts-dejavu-core.</summary>
    public const string Family = "DejaVu Sans";

    /// <summary>Throws <see cref="ReportInputException"/> with what to install when the font does not resolve.</summary>
    public static void EnsureInstalled() => EnsureInstalled(Family);

    internal static void EnsureInstalled(string family)
    {
        // MatchFamily gives null for a family the system lacks, where FromFamilyName would silently substitute another.
        using var typeface = SKFontManager.Default.MatchFamily(family);
        if (typeface is null || !string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase))
        {
            throw new ReportInputException($"error: charts need the font '{family}', which is not installed: install it (Debian and Ubuntu: apt-get install fonts-dejavu-core) and run again");
        }
    }
}
