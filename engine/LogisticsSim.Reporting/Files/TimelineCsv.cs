// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Timelines;

namespace LogisticsSim.Reporting.Files;

/// <summary>
/// timeline.csv, the data behind the time charts: <c>strategy,measure,key,time_h,value</c>, one row
/// per strategy, measure, key and grid time, each value the mean over replications. The measures
/// are <see cref="TimelineMeasures"/>; <c>key</c> is an item, destination, mode or node.
/// </summary>
public static class TimelineCsv
{
    public const string FileName = "timeline.csv";

    private static readonly string[] Columns = ["strategy", "measure", "key", "time_h", "value"];

    public static void Write(TextWriter writer, IReadOnlyList<StrategyTimeline> timelines)
    {
        using var csv = Csv.Writer(writer);
        csv.WriteHeader(Columns);
        foreach (var (strategy, timeline) in timelines)
        {
            foreach (var series in timeline.Series)
            {
                for (int i = 0; i < timeline.TimesH.Count; i++)
                {
                    csv.WriteRecord([strategy, series.Measure, series.Key, Csv.Number(timeline.TimesH[i]), Csv.Number(series.Values[i])]);
                }
            }
        }
    }

    /// <summary>Reads the file back, in file order of strategies; tonnes per link come from flows.csv (<see cref="FlowsCsv"/>).</summary>
    public static IReadOnlyList<StrategyTimeline> Read(string text, string file, IReadOnlyList<FlowRow> flows)
    {
        var strategies = new List<string>();
        var times = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var values = new Dictionary<(string Strategy, string Measure, string Key), List<double>>();
        var order = new List<(string Strategy, string Measure, string Key)>();
        foreach (var row in Csv.Read(text, file, Columns))
        {
            string strategy = row.Text("strategy");
            var key = (strategy, row.Text("measure"), row.Text("key"));
            if (!times.ContainsKey(strategy)) { times[strategy] = []; strategies.Add(strategy); }
            if (!values.TryGetValue(key, out var list)) { values[key] = list = []; order.Add(key); }
            double time = row.Number("time_h");
            if (list.Count >= times[strategy].Count) times[strategy].Add(time);
            list.Add(row.Number("value"));
        }
        return strategies.Select(s =>
        {
            var grid = times[s];
            var series = order.Where(k => k.Strategy == s).Select(k => values[k].Count == grid.Count
                ? new TimelineSeries(k.Measure, k.Key, values[k])
                : throw new ReportInputException($"{file}: {k.Measure}/{k.Key} of {s}: found {values[k].Count} values, expected one per time ({grid.Count})")).ToArray();
            var linkTonnes = flows.Where(f => f.Strategy == s).Select(f => new LinkFlow(f.Link, f.Tonnes)).ToArray();
            return new StrategyTimeline(s, new Timeline(grid, series, linkTonnes));
        }).ToArray();
    }
}
