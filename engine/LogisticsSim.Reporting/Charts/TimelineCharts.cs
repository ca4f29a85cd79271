// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Timelines;
using LogisticsSim.Reporting.Files;

namespace LogisticsSim.Reporting.Charts;

/// <summary>The charts over time of one strategy's mean timeline; a chart with nothing to show is left out.</summary>
public static class TimelineCharts
{
    private const string Days = "time since the start (days)";

    public static IReadOnlyList<ChartSpec> For(StrategyTimeline data)
    {
        var t = data.Timeline;
        var days = t.TimesH.Select(h => h / 24).ToArray();
        string of = $" ({data.Strategy}, mean of replications)";
        var charts = new List<ChartSpec?>
        {
            Against(t, days, "delivered-by-item", "Tonnes delivered against tonnes requested, by item" + of,
                TimelineMeasures.DeliveredByItem, TimelineMeasures.RequestedByItem),
            Against(t, days, "delivered-by-destination", "Tonnes delivered against tonnes requested, by destination" + of,
                TimelineMeasures.DeliveredByDestination, TimelineMeasures.RequestedByDestination),
            Single(t, days, "unmet-by-destination", "Unmet demand (ready, not yet delivered), by destination" + of, "unmet (tonnes)", TimelineMeasures.UnmetByDestination, SeriesStyle.Line),
            Single(t, days, "deprivation-by-district", "Deprivation accumulated, by district" + of, "deprivation (person-days)", TimelineMeasures.DeprivationByDistrict, SeriesStyle.Line),
            Single(t, days, "fleet-in-use", "Vehicles in use, by mode" + of, "vehicles with work", TimelineMeasures.VehiclesBusyByMode, SeriesStyle.Step),
            Single(t, days, "storage-level", "Storage level, by hub" + of, "stock (tonnes)", TimelineMeasures.StockByNode, SeriesStyle.Step),
        };
        return charts.OfType<ChartSpec>().ToArray();
    }

    /// <summary>Each key's cumulative delivered tonnes (solid) with its requested tonnes (dashed, same colour and marker).</summary>
    private static ChartSpec? Against(Timeline t, double[] days, string id, string title, string delivered, string requested)
    {
        var keys = t.Series.Where(s => s.Measure == requested).Select(s => s.Key).ToArray();
        if (keys.Length == 0) return null;
        var series = new List<ChartSeries>();
        for (int g = 0; g < keys.Length; g++)
        {
            var done = t.Series.FirstOrDefault(s => s.Measure == delivered && s.Key == keys[g]);
            var asked = t.Series.First(s => s.Measure == requested && s.Key == keys[g]);
            series.Add(new ChartSeries($"{keys[g]} delivered", days, done?.Values ?? new double[days.Length], Group: g));
            series.Add(new ChartSeries($"{keys[g]} requested", days, asked.Values, Group: g, Secondary: true));
        }
        return new ChartSpec(id, title, Days, "cumulative tonnes", series);
    }

    private static ChartSpec? Single(Timeline t, double[] days, string id, string title, string yLabel, string measure, SeriesStyle style)
    {
        var series = t.Series.Where(s => s.Measure == measure).Select(s => new ChartSeries(s.Key, days, s.Values, style)).ToArray();
        return series.Length == 0 ? null : new ChartSpec(id, title, Days, yLabel, series);
    }
}
