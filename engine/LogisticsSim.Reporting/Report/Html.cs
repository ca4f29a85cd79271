// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using System.Net;
using System.Text;

namespace LogisticsSim.Reporting.Report;

/// <summary>Small pieces of HTML: escaped text, numbers as the KPI table prints them, and tables.</summary>
internal static class Html
{
    public static string Text(string? value) => WebUtility.HtmlEncode(value ?? "");

    public static string Number(double value) =>
        double.IsNaN(value) ? "–" : Math.Abs(value) >= 1000 ? value.ToString("#,0", CultureInfo.InvariantCulture) : value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Number(double? value) => value is { } v ? Number(v) : "";

    public static void Table(StringBuilder html, string id, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, string? caption = null)
    {
        html.Append($"<table id=\"{Text(id)}\">");
        if (caption is not null) html.Append($"<caption>{Text(caption)}</caption>");
        html.Append("<thead><tr>");
        foreach (string h in header) html.Append($"<th>{Text(h)}</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (string cell in row) html.Append($"<td>{Text(cell)}</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table>\n");
    }
}
