// SPDX-License-Identifier: Apache-2.0
using System.Text;
using System.Text.RegularExpressions;

namespace LogisticsSim.Cli.Tests;

/// <summary>
/// The outline of a report: its sections, headings, tables (columns and rows) and figures, one per
/// line. The golden report is compared by this outline, not by its bytes, so that a new KPI or a
/// different curve does not break it while a lost section or table does.
/// </summary>
internal static partial class ReportStructure
{
    public static string Of(string html)
    {
        var outline = new StringBuilder();
        foreach (Match m in Element().Matches(html))
        {
            if (m.Groups["section"].Success) outline.Append($"section {m.Groups["section"].Value}: {WebUtility(m.Groups["title"].Value)}\n");
            else if (m.Groups["h3"].Success) outline.Append($"  heading {WebUtility(m.Groups["h3"].Value)}\n");
            else if (m.Groups["figure"].Success) outline.Append($"  figure {m.Groups["figure"].Value}\n");
            else if (m.Groups["table"].Success)
            {
                string table = m.Groups["body"].Value;
                int columns = Regex.Matches(Regex.Match(table, "<thead>.*?</thead>", RegexOptions.Singleline).Value, "<th>").Count;
                int rows = Regex.Matches(Regex.Match(table, "<tbody>.*?</tbody>", RegexOptions.Singleline).Value, "<tr>").Count;
                outline.Append($"  table {m.Groups["table"].Value}: {columns} columns, {rows} rows\n");
            }
        }
        return outline.ToString();
    }

    private static string WebUtility(string text) => System.Net.WebUtility.HtmlDecode(text);

    [GeneratedRegex("""<section id="(?<section>[^"]+)">\s*<h2>(?<title>[^<]*)</h2>|<h3>(?<h3>[^<]*)</h3>|<figure id="(?<figure>[^"]+)">|<table id="(?<table>[^"]+)">(?<body>.*?)</table>""", RegexOptions.Singleline)]
    private static partial Regex Element();
}
