// SPDX-License-Identifier: Apache-2.0
using System.Text;
using System.Text.RegularExpressions;
using LogisticsSim.Reporting.Report;

namespace LogisticsSim.Reporting.Tests.Report;

/// <summary>The assumption tables list every row of a small scenario and the top rows of a country, saying so.</summary>
public sealed partial class AssumptionTablesTests
{
    private static string Tables(Core.Scenarios.Scenario scenario)
    {
        var html = new StringBuilder();
        AssumptionTables.Write(html, scenario);
        return html.ToString();
    }

    private static (int Rows, string? Caption) Table(string html, string id)
    {
        var table = Regex.Match(html, $"<table id=\"{id}\">(.*?)</table>", RegexOptions.Singleline).Groups[1].Value;
        var caption = Regex.Match(table, "<caption>(.*?)</caption>");
        return (Regex.Matches(table, "<tr>").Count - 1, caption.Success ? System.Net.WebUtility.HtmlDecode(caption.Groups[1].Value) : null);
    }

    [Fact]
    public void ACountry_CutsItsLongTables_ToTheCap_AndSaysSoInTheCaption()
    {
        string html = Tables(Samples.Country());
        var nodes = Table(html, "assumptions-nodes");
        Assert.Equal(AssumptionTables.MaxRows, nodes.Rows);
        Assert.StartsWith("The top 50 of 1,579 nodes: hubs, ports, airports and borders first", nodes.Caption, StringComparison.Ordinal);
        Assert.EndsWith("scenario.yaml below holds every one.", nodes.Caption, StringComparison.Ordinal);
        var links = Table(html, "assumptions-links");
        Assert.Equal((50, "The first 50 of 1,595 links, in the file's order; scenario.yaml below holds every one."), links);
        Assert.StartsWith("The top 50 of 450 needs: the most people first", Table(html, "assumptions-needs").Caption, StringComparison.Ordinal);
        // The places a plan turns on come first, junctions never among the top 50.
        var ids = FirstCells().Matches(Regex.Match(html, "<table id=\"assumptions-nodes\">(.*?)</table>", RegexOptions.Singleline).Value).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal("MAPUTO_HUB", ids[0]);
        Assert.DoesNotContain(ids, id => id.StartsWith('J'));
        Assert.Null(Table(html, "assumptions-fleet").Caption); // short tables stay whole
    }

    [Fact]
    public void ASmallScenario_ListsEveryRow_WithoutCaption()
    {
        string html = Tables(Samples.Tutorial());
        Assert.DoesNotContain("<caption>", html, StringComparison.Ordinal);
        Assert.Equal((5, null), Table(html, "assumptions-nodes"));
    }

    [GeneratedRegex("<tr><td>([^<]*)</td>")]
    private static partial Regex FirstCells();
}
