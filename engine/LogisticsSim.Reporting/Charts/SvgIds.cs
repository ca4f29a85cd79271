// SPDX-License-Identifier: Apache-2.0
using System.Text.RegularExpressions;

namespace LogisticsSim.Reporting.Charts;

/// <summary>
/// The SVG canvas numbers clip paths from a process-wide counter, so the same chart drawn twice
/// differs, and two charts inlined in one page could share an id. Renumbers them from 1, prefixed
/// by the chart's id: the same input gives the same bytes, and ids stay unique in the report.
/// </summary>
internal static partial class SvgIds
{
    public static string Normalize(string svg, string chartId)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        string renumbered = ClipId().Replace(svg, m =>
        {
            if (!numbers.TryGetValue(m.Value, out int n)) numbers[m.Value] = n = numbers.Count + 1;
            return $"{chartId}-clip-{n}";
        });
        return renumbered.Replace("\r\n", "\n");
    }

    [GeneratedRegex(@"\bcl_[0-9A-Fa-f]+\b")]
    private static partial Regex ClipId();
}
