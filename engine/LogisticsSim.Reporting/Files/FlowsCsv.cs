// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Scenarios;

namespace LogisticsSim.Reporting.Files;

/// <summary>flows.csv: <c>strategy,link,from,to,mode,tonnes</c>, the mean tonnes per replication carried along each link, for the flow map.</summary>
public static class FlowsCsv
{
    public const string FileName = "flows.csv";

    private static readonly string[] Columns = ["strategy", "link", "from", "to", "mode", "tonnes"];

    public static void Write(TextWriter writer, Scenario scenario, IReadOnlyList<StrategyTimeline> timelines)
    {
        using var csv = Csv.Writer(writer);
        csv.WriteHeader(Columns);
        foreach (var (strategy, timeline) in timelines)
        {
            var tonnes = timeline.LinkTonnes.ToDictionary(f => f.Link, f => f.Tonnes, StringComparer.Ordinal);
            foreach (var link in scenario.Network.Links)
            {
                csv.WriteRecord([strategy, link.Id.Value, link.From.Value, link.To.Value, Core.Network.LinkId.ModeName(link.Mode),
                    Csv.Number(tonnes.GetValueOrDefault(link.Id.Value))]);
            }
        }
    }

    public static IReadOnlyList<FlowRow> Read(string text, string file) =>
        Csv.Read(text, file, Columns).Select(row => new FlowRow(row.Text("strategy"), row.Text("link"), row.Number("tonnes"))).ToArray();
}
