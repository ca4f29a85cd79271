// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Core.Timelines;
using LogisticsSim.Reporting.Files;

namespace LogisticsSim.Reporting.Charts;

/// <summary>
/// The charts over time of one strategy's mean timeline; a chart with nothing to show is left out. A chart of more
/// than <see cref="MaxKeys"/> destinations, districts or hubs (a country has 150) draws the <see cref="MaxKeys"/>
/// largest (by their highest value) and says so in its title: a line for the rest added up dwarfed them, and
/// timeline.csv holds every one.
/// </summary>
public static class TimelineCharts
{
    private const string Days = "time since the start (days)";

    /// <summary>A chart draws at most this many keys.</summary>
    public const int MaxKeys = 10;

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
        var asked = t.Series.Where(s => s.Measure == requested).ToArray();
        if (asked.Length == 0) return null;
        var done = t.Series.Where(s => s.Measure == delivered).ToDictionary(s => s.Key, s => s.Values, StringComparer.Ordinal);
        var (shown, rest) = Split(asked);
        var series = new List<ChartSeries>();
        for (int g = 0; g < shown.Count; g++)
        {
            series.Add(new ChartSeries($"{shown[g].Key} delivered", days, done.GetValueOrDefault(shown[g].Key) ?? new double[days.Length], Group: g));
            series.Add(new ChartSeries($"{shown[g].Key} requested", days, shown[g].Values, Group: g, Secondary: true));
        }
        return new ChartSpec(id, Cut(title, shown.Count, rest.Count), Days, "cumulative tonnes", series);
    }

    /// <summary>The <see cref="MaxKeys"/> series with the highest values (ties by key), in their order, and the rest; all of them when there are few.</summary>
    private static (IReadOnlyList<TimelineSeries> Shown, IReadOnlyList<TimelineSeries> Others) Split(IReadOnlyList<TimelineSeries> all)
    {
        if (all.Count <= MaxKeys) return (all, []);
        var top = all.OrderByDescending(s => s.Values.DefaultIfEmpty(0).Max()).ThenBy(s => s.Key, StringComparer.Ordinal).Take(MaxKeys).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        return (all.Where(s => top.Contains(s.Key)).ToArray(), all.Where(s => !top.Contains(s.Key)).ToArray());
    }

    /// <summary>The title, with "top 10 of 150" inside its closing parenthesis when keys were left out (and "means" for "mean of replications", to fit).</summary>
    private static string Cut(string title, int shown, int rest) => rest == 0 ? title
        : $"{title.Replace("mean of replications", "means", StringComparison.Ordinal).TrimEnd(')')}, top {shown.ToString(CultureInfo.InvariantCulture)} of {(shown + rest).ToString(CultureInfo.InvariantCulture)})";

    private static ChartSpec? Single(Timeline t, double[] days, string id, string title, string yLabel, string measure, SeriesStyle style)
    {
        var (shown, rest) = Split(t.Series.Where(s => s.Measure == measure).ToArray());
        var series = shown.Select(s => new ChartSeries(s.Key, days, s.Values, style)).ToList();
        return series.Count == 0 ? null : new ChartSpec(id, Cut(title, shown.Count, rest.Count), Days, yLabel, series);
    }
}
