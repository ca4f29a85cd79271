// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using System.Text;
using LogisticsSim.Core.Hazards;
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Kernel;
using LogisticsSim.Kernel.Random;

namespace LogisticsSim.Reporting.Report;

/// <summary>
/// Every number the scenario set, as tables: network, fleet, items, stock, supply, demand, storage requests, hazards,
/// breakdowns, strategy and objective weights. A table of more than <see cref="MaxRows"/> rows (a country's 1,579 nodes)
/// shows its first <see cref="MaxRows"/> and says so in its caption; scenario.yaml, beside the report
/// (and printed after the tables, up to <see cref="HtmlReport.MaxScenarioChars"/> characters), holds every one.
/// </summary>
internal static class AssumptionTables
{
    /// <summary>Tables longer than this are cut to this many rows.</summary>
    public const int MaxRows = 50;

    /// <summary>Which nodes a cut table shows first: the places a plan turns on, then districts by population, junctions last.</summary>
    private static readonly NodeKind[] NodeOrder = [NodeKind.Hub, NodeKind.Port, NodeKind.Airport, NodeKind.Border, NodeKind.District, NodeKind.Junction];

    public static void Write(StringBuilder html, Scenario s)
    {
        var nodes = s.Network.Nodes.Count > MaxRows
            ? s.Network.Nodes.OrderBy(n => Array.IndexOf(NodeOrder, n.Kind)).ThenByDescending(n => n.Population ?? 0).ToArray()
            : s.Network.Nodes;
        Section(html, "Network: nodes", "assumptions-nodes", ["id", "kind", "name", "lat", "lon", "storage (t)", "storage (m3)", "handling (t/h)", "transfer (h)", "population"],
            nodes.Select(n => Row(n.Id.Value, n.Kind.ToString().ToLowerInvariant(), n.Name ?? "", N(n.Location.LatitudeDeg), N(n.Location.LongitudeDeg),
                N(n.StorageTonnes), N(n.StorageCubicMetres), N(n.HandlingTonnesPerHour), N(n.TransferHours), N(n.Population))),
            "nodes", "hubs, ports, airports and borders first, then districts by population, junctions last");
        Section(html, $"Network: links (detour {N(s.Network.Detour)} where km is estimated)", "assumptions-links", ["id", "from", "to", "mode", "km", "time (h)", "both ways"],
            s.Network.Links.Select(l => Row(l.Id.Value, l.From.Value, l.To.Value, LinkId.ModeName(l.Mode),
                N(l.LengthKm) + (l.LengthIsGreatCircleEstimate ? " (estimated)" : ""), l.TravelTimeHours is { } d ? Describe(d) : "km / speed", l.Bidirectional ? "yes" : "no")), "links");
        Section(html, "Fleet", "assumptions-fleet", ["id", "name", "mode", "count", "base", "payload (t)", "volume (m3)", "km/h", "load (h)", "unload (h)", "cost/km", "cost/h"],
            s.Fleet.Select(v => Row(v.Id.Value, v.Name ?? "", LinkId.ModeName(v.Mode), N(v.Count), v.Base.Value, N(v.PayloadTonnes), N(v.VolumeM3), N(v.SpeedKmh),
                H(v.LoadTime), H(v.UnloadTime), N(v.CostPerKm), N(v.CostPerHour))), "vehicle types");
        Section(html, "Items", "assumptions-items", ["id", "name", "t per m3"], s.Items.Select(i => Row(i.Id.Value, i.Name ?? "", N(i.TonnesPerM3))));
        Section(html, "Stock at the start", "assumptions-stock", ["at", "item", "tonnes"], s.Stock.Select(e => Row(e.At.Value, e.Item.Value, N(e.Tonnes))), "stock entries");
        Section(html, "Supply", "assumptions-supply", ["id", "at", "item", "t per shipment", "arrival after its slot (h)", "every (h)", "until (h)", "times"],
            s.Supply.Select(u => Row(u.Id, u.At.Value, u.Item.Value, N(u.Tonnes), Describe(u.Arrival), u.Every is { } e ? H(e) : "once",
                u.Every is null ? "" : H(u.Until), u.Times is { } n ? N(n) : "")), "supplies");
        Section(html, "Requests", "assumptions-requests", ["id", "partner", "item", "t", "m3", "from", "to", "ready (h)", "due (h)", "priority"],
            s.Demand.Requests.Select(r => Row(r.Id, r.Partner ?? "", r.Item.Value, N(r.Tonnes), N(r.CubicMetres), r.From.Value, r.To.Value, H(r.Ready), H(r.Due), N(r.Priority))), "requests");
        Section(html, "Request streams", "assumptions-arrivals", ["id", "partner", "item", "from", "to", "t per request", "every (h)", "due after (h)", "priority", "start (h)", "end (h)"],
            s.Demand.Arrivals.Select(a => Row(a.Id, a.Partner ?? "", a.Item.Value, a.From.Value, string.Join(" ", a.To.Select(t => t.Value)), Describe(a.TonnesPerRequest),
                Describe(a.InterarrivalHours), H(a.DueAfterArrival), N(a.Priority), H(a.Start), H(a.End))), "request streams");
        var needs = s.Demand.Needs.Count > MaxRows ? s.Demand.Needs.OrderByDescending(n => n.People).ToArray() : s.Demand.Needs;
        Section(html, "Needs from population", "assumptions-needs", ["id", "at", "item", "from", "people", "kg/person/day", "every (h)", "t per request", "due after (h)", "priority", "start (h)", "end (h)"],
            needs.Select(n => Row(n.Id, n.At.Value, n.Item.Value, n.From.Value, N(n.People), N(n.KgPerPersonDay), H(n.Every), N(n.TonnesPerRequest), H(n.DueAfterReady),
                N(n.Priority), H(n.Start), H(n.End))),
            "needs", "the most people first");
        Section(html, "Storage requests", "assumptions-storage", ["id", "partner", "item", "t", "m3", "at", "from (h)", "until (h)"],
            s.Demand.Storage.Select(r => Row(r.Id, r.Partner ?? "", r.Item.Value, N(r.Tonnes), N(r.CubicMetres), r.At.Value, H(r.From), H(r.Until))), "storage requests");
        Section(html, "Hazards", "assumptions-hazards", ["id", "target", "effect", "start (h)", "duration (h)", "probability"],
            s.Hazards.Select(h => Row(h.Id, h.Link?.Value ?? h.Node?.Value ?? "", Effect(h.Effect), Describe(h.StartHours), Describe(h.DurationHours), N(h.Probability))), "hazards");
        Section(html, "Breakdowns", "assumptions-breakdowns", ["vehicles", "operating hours between failures", "repair (h)"],
            s.Breakdowns.Select(b => Row(b.Fleet?.Value ?? (b.Mode is { } m ? "all " + LinkId.ModeName(m) : ""), Describe(b.TimeBetweenFailuresHours), Describe(b.RepairHours))));
        Section(html, "Strategy", "assumptions-strategy", ["setting", "value"],
            new[] { Row("name", s.Strategy.Name) }
                .Concat(s.Strategy.Options.Count == 0 ? [Row("options", "none written (the strategy's defaults)")] : s.Strategy.Options.Select(o => Row(o.Key, o.Value))));
        var w = s.Objective;
        Section(html, "Objective weights" + (w.Equals(ObjectiveWeights.Default) ? " (the defaults)" : ""), "assumptions-objective", ["part", "weight"],
        [
            Row("lateness, per tonne-hour, priority 1, 2, ... (the last for later ones)", string.Join(", ", w.Lateness.Select(x => N(x)))),
            Row("unmet, per tonne due by the horizon, priority 1, 2, ...", string.Join(", ", w.Unmet.Select(x => N(x)))),
            Row("deprivation, per unit of deprivation cost", N(w.Deprivation)),
            Row("operating, per currency unit of running cost", N(w.Operating)),
            Row("deprivation curve up to (h), linear beyond", N(w.DeprivationCapHours)),
        ]);
    }

    /// <summary>
    /// A heading and a table, left out when there are no rows; cut to <see cref="MaxRows"/> rows with a caption naming
    /// what (<paramref name="noun"/>) and in which order (<paramref name="order"/>, the most important first; null for
    /// the file's order).
    /// </summary>
    private static void Section(StringBuilder html, string title, string id, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows,
        string noun = "rows", string? order = null)
    {
        var list = rows.ToArray();
        if (list.Length == 0) return;
        html.Append($"<h3>{Html.Text(title)}</h3>\n");
        if (list.Length <= MaxRows)
        {
            Html.Table(html, id, header, list);
            return;
        }
        string of = $"{MaxRows.ToString(CultureInfo.InvariantCulture)} of {list.Length.ToString("#,0", CultureInfo.InvariantCulture)} {noun}";
        string caption = (order is null ? $"The first {of}, in the file's order" : $"The top {of}: {order}") + $"; {ResultsFolder.ScenarioFileName} below holds every one.";
        Html.Table(html, id, header, list.Take(MaxRows), caption);
    }

    private static string[] Row(params string[] cells) => cells;

    private static string N(double? value) => Html.Number(value);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string H(SimTime time) => Html.Number(time.Hours);

    private static string Effect(HazardEffect effect) => effect switch
    {
        HazardEffect.Closed => effect.Name,
        HazardEffect.Slowed s => $"slowed x{N(s.Factor)}",
        HazardEffect.Capacity c => $"capacity x{N(c.Factor)}",
        HazardEffect.StockLoss l => $"stock loss {N(100 * l.Share)}%",
        HazardEffect.DemandSurge d => $"demand surge x{N(d.Factor)}",
        _ => throw new ArgumentOutOfRangeException(nameof(effect), effect.Name, "an effect the assumptions table does not describe"),
    };

    /// <summary>A distribution as the scenario format writes it, in its own unit (hours or tonnes).</summary>
    public static string Describe(Distribution d) => d switch
    {
        Constant c => N(c.Value),
        Exponential e => $"exponential, mean {N(e.MeanValue)}",
        LogNormal l => $"lognormal, mean {N(l.MeanValue)}, sd {N(l.StandardDeviation)}",
        Normal n => $"normal, mean {N(n.MeanValue)}, sd {N(n.StandardDeviation)}",
        Uniform u => $"uniform {N(u.Low)} to {N(u.High)}",
        Triangular t => $"triangular {N(t.Low)}, {N(t.Mode)}, {N(t.High)}",
        Weibull w => $"Weibull, shape {N(w.Shape)}, scale {N(w.Scale)}",
        _ => $"{d.GetType().Name.ToLowerInvariant()}, mean {N(d.Mean)}",
    };
}
