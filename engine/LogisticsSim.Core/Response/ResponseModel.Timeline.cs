// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Timelines;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Response;

/// <summary>
/// The timeline, built after the run from what the model keeps anyway (each request's ready time and
/// deliveries) and from the fleet and stock monitors' series, so recording adds no simulation event
/// and cannot change the KPIs; only tonnes per link are counted during the run.
/// </summary>
public sealed partial class ResponseModel
{
    private readonly SimTime? _timelineStep;
    private SortedDictionary<string, double>? _linkTonnes;

    private bool RecordsTimeline => _timelineStep is not null;

    private void CountFlow(LinkId link, VehicleUnit v)
    {
        double onBoard = 0;
        foreach (double t in v.Cargo.Values) onBoard += t;
        if (onBoard > 0) _linkTonnes![link.Value] = _linkTonnes.GetValueOrDefault(link.Value) + onBoard;
    }

    private Timeline? BuildTimeline()
    {
        if (_timelineStep is not { } step) return null;
        var grid = TimelineGrid.Times(_scenario.Horizon, step);
        var series = new List<TimelineSeries>();
        Cumulative(series, grid, TimelineMeasures.RequestedByItem, TimelineMeasures.DeliveredByItem, r => r.Item.Value);
        Cumulative(series, grid, TimelineMeasures.RequestedByDestination, TimelineMeasures.DeliveredByDestination, r => r.To.Value);
        series.AddRange(Unmet(grid));
        series.AddRange(DeprivationByDistrict(grid));
        foreach (var (mode, monitor) in _busyByMode) series.Add(new TimelineSeries(TimelineMeasures.VehiclesBusyByMode, mode, Sample(monitor.Series, grid)));
        foreach (var (node, monitor) in _stored) series.Add(new TimelineSeries(TimelineMeasures.StockByNode, node, Sample(monitor.Series, grid)));
        var ordered = series.OrderBy(s => s.Measure, StringComparer.Ordinal).ThenBy(s => s.Key, StringComparer.Ordinal).ToArray();
        var flows = (_linkTonnes ?? []).Select(kv => new LinkFlow(kv.Key, kv.Value)).ToArray();
        return new Timeline(grid.Select(t => t.Hours).ToArray(), ordered, flows);
    }

    /// <summary>Tonnes requested (at ready) and delivered (at each delivery), summed up to each grid time.</summary>
    private void Cumulative(List<TimelineSeries> series, IReadOnlyList<SimTime> grid, string requestedMeasure, string deliveredMeasure, Func<RequestState, string> keyOf)
    {
        var requested = new SortedDictionary<string, double[]>(StringComparer.Ordinal);
        var delivered = new SortedDictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var r in _requests)
        {
            string key = keyOf(r);
            Add(requested, key, grid, r.Ready, r.Tonnes);
            if (!delivered.ContainsKey(key)) delivered[key] = new double[grid.Count];
            foreach (var (time, tonnes) in r.Deliveries) Add(delivered, key, grid, time, tonnes);
        }
        foreach (var (key, values) in requested) series.Add(new TimelineSeries(requestedMeasure, key, PrefixSum(values)));
        foreach (var (key, values) in delivered) series.Add(new TimelineSeries(deliveredMeasure, key, PrefixSum(values)));
    }

    private IEnumerable<TimelineSeries> Unmet(IReadOnlyList<SimTime> grid)
    {
        var unmet = new SortedDictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var r in _requests)
        {
            Add(unmet, r.To.Value, grid, r.Ready, r.Tonnes);
            foreach (var (time, tonnes) in r.Deliveries) Add(unmet, r.To.Value, grid, time, -tonnes);
        }
        return unmet.Select(kv => new TimelineSeries(TimelineMeasures.UnmetByDestination, kv.Key, PrefixSum(kv.Value).Select(v => Math.Max(0, v)).ToArray()));
    }

    /// <summary>
    /// The integral, from each need's due time to the grid time, of its people times the share of its
    /// tonnes not yet delivered: at the horizon, the deprivation KPI split by district.
    /// </summary>
    private IEnumerable<TimelineSeries> DeprivationByDistrict(IReadOnlyList<SimTime> grid)
    {
        var byDistrict = new SortedDictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var r in _requests.Where(r => r.IsNeed && r.Tonnes > 0))
        {
            if (!byDistrict.TryGetValue(r.To.Value, out var values)) byDistrict[r.To.Value] = values = new double[grid.Count];
            for (int i = 0; i < grid.Count; i++)
            {
                var now = grid[i];
                if (now <= r.Due) continue;
                double lateDays = 0, deliveredShare = 0;
                foreach (var (time, tonnes) in r.Deliveries)
                {
                    if (time > now) continue;
                    double share = tonnes / r.Tonnes;
                    deliveredShare += share;
                    lateDays += share * Math.Max(0, (time - r.Due).Days);
                }
                lateDays += Math.Max(0, 1 - deliveredShare) * (now - r.Due).Days;
                values[i] += r.People * lateDays;
            }
        }
        return byDistrict.Select(kv => new TimelineSeries(TimelineMeasures.DeprivationByDistrict, kv.Key, kv.Value));
    }

    private static void Add(SortedDictionary<string, double[]> buckets, string key, IReadOnlyList<SimTime> grid, SimTime time, double amount)
    {
        if (!buckets.TryGetValue(key, out var values)) buckets[key] = values = new double[grid.Count];
        int i = TimelineGrid.FirstAtOrAfter(grid, time);
        if (i < grid.Count) values[i] += amount;
    }

    private static double[] PrefixSum(double[] values)
    {
        var sums = new double[values.Length];
        double running = 0;
        for (int i = 0; i < values.Length; i++) sums[i] = running += values[i];
        return sums;
    }

    /// <summary>A monitor's value at each grid time: its last change at or before it.</summary>
    private static double[] Sample(IReadOnlyList<(SimTime Time, double Value)> changes, IReadOnlyList<SimTime> grid)
    {
        var values = new double[grid.Count];
        int c = 0;
        double current = changes.Count > 0 ? changes[0].Value : 0;
        for (int i = 0; i < grid.Count; i++)
        {
            while (c < changes.Count && changes[c].Time <= grid[i]) current = changes[c++].Value;
            values[i] = current;
        }
        return values;
    }
}
