// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Scenarios;

namespace LogisticsSim.Reporting.Files;

/// <summary>flows.csv: <c>strategy,link,from,to,mode,tonnes</c>, the mean tonnes per replication carried along each link, for the flow map.</summary>
public static class FlowsCsv
{
    public const string FileName = "flows.csv";

    public static void Write(TextWriter writer, Scenario scenario, IReadOnlyList<StrategyTimeline> timelines)
    {
        Csv.WriteRow(writer, "strategy", "link", "from", "to", "mode", "tonnes");
        foreach (var (strategy, timeline) in timelines)
        {
            var tonnes = timeline.LinkTonnes.ToDictionary(f => f.Link, f => f.Tonnes, StringComparer.Ordinal);
            foreach (var link in scenario.Network.Links)
            {
                Csv.WriteRow(writer, strategy, link.Id.Value, link.From.Value, link.To.Value, Core.Network.LinkId.ModeName(link.Mode),
                    Csv.Number(tonnes.GetValueOrDefault(link.Id.Value)));
            }
        }
    }

    public static IReadOnlyList<FlowRow> Read(string text, string file) =>
        Csv.Read(text, file, ["strategy", "link", "tonnes"]).Select(r => new FlowRow(r.Row.Text("strategy"), r.Row.Text("link"), r.Row.Number("tonnes"))).ToArray();
}
