// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Strategies;

namespace LogisticsSim.Optimization.Strategies;

/// <summary>
/// What the dispatches of one epoch have claimed so far, so that each next one is cut to what is still
/// open and in stock (the model checks them in order and would refuse a claim beyond either).
/// </summary>
internal sealed class TripLedger(ISnapshot snapshot)
{
    private readonly Dictionary<string, OpenRequest> _open = snapshot.Requests.ToDictionary(r => r.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, double> _claimed = new(StringComparer.Ordinal);
    private readonly Dictionary<(NodeId, ItemId), double> _stock = [];

    /// <summary>Tonnes of request <paramref name="id"/> still open and in stock after the claims so far.</summary>
    public double Left(string id)
    {
        if (!_open.TryGetValue(id, out var r)) return 0;
        double stock = snapshot.AvailableStock(r.From, r.Item) - _stock.GetValueOrDefault((r.From, r.Item));
        return Math.Max(0, Math.Min(r.Tonnes - _claimed.GetValueOrDefault(id), stock));
    }

    private const double Kilogram = 0.001;

    /// <summary>
    /// The trip cut so that it fits <paramref name="vehicle"/> at every stop, in mass and volume: the plan's parts are
    /// sized in whole kilograms, so a full load may exceed the payload by a few grams, which the model refuses.
    /// </summary>
    public Dispatch Trim(Dispatch trip, VehicleView vehicle)
    {
        double payload = vehicle.Type.PayloadTonnes, volume = vehicle.Type.VolumeM3 ?? double.PositiveInfinity;
        var onBoard = new Dictionary<string, double>(StringComparer.Ordinal);
        double tonnes = 0, cubicMetres = 0;
        var stops = new List<Stop>();
        foreach (var stop in trip.Stops)
        {
            var unload = new List<CargoPart>();
            foreach (var p in stop.Unload)
            {
                double t = Math.Min(p.Tonnes, onBoard.GetValueOrDefault(p.RequestId));
                if (t <= Tonnage.Epsilon) continue;
                onBoard[p.RequestId] -= t;
                tonnes -= t;
                cubicMetres -= t * _open[p.RequestId].CubicMetresPerTonne;
                unload.Add(p with { Tonnes = t });
            }
            var load = new List<CargoPart>();
            foreach (var p in stop.Load)
            {
                double perTonne = _open[p.RequestId].CubicMetresPerTonne;
                double room = Math.Min(payload - tonnes, perTonne > 0 ? (volume - cubicMetres) / perTonne : double.PositiveInfinity);
                double t = p.Tonnes <= room ? p.Tonnes : Math.Floor(room * 1000 - 1e-6) / 1000;
                if (t <= Tonnage.Epsilon) continue;
                onBoard[p.RequestId] = onBoard.GetValueOrDefault(p.RequestId) + t;
                tonnes += t;
                cubicMetres += t * perTonne;
                load.Add(p with { Tonnes = t });
            }
            if (unload.Count > 0 || load.Count > 0) stops.Add(new Stop(stop.Node, unload, load));
        }
        return trip with { Stops = stops };
    }

    /// <summary>Tonnes of request <paramref name="id"/> not claimed yet (stock aside).</summary>
    public double Open(string id) => _open.TryGetValue(id, out var r) ? Math.Max(0, r.Tonnes - _claimed.GetValueOrDefault(id)) : 0;

    /// <summary>Stock of an item at a node not claimed yet.</summary>
    public double Stock(NodeId node, ItemId item) => snapshot.AvailableStock(node, item) - _stock.GetValueOrDefault((node, item));

    /// <summary>Records a dispatch's loads as claimed.</summary>
    public void Claim(Dispatch dispatch)
    {
        foreach (var part in dispatch.Stops.SelectMany(s => s.Load))
        {
            _claimed[part.RequestId] = _claimed.GetValueOrDefault(part.RequestId) + part.Tonnes;
            var r = _open[part.RequestId];
            _stock[(r.From, r.Item)] = _stock.GetValueOrDefault((r.From, r.Item)) + part.Tonnes;
        }
    }

    /// <summary>Undoes <see cref="Claim"/> of a dispatch that is not sent after all.</summary>
    public void Release(Dispatch dispatch)
    {
        foreach (var part in dispatch.Stops.SelectMany(s => s.Load))
        {
            _claimed[part.RequestId] = _claimed.GetValueOrDefault(part.RequestId) - part.Tonnes;
            var r = _open[part.RequestId];
            _stock[(r.From, r.Item)] = _stock.GetValueOrDefault((r.From, r.Item)) - part.Tonnes;
        }
    }

    /// <summary>The open request <paramref name="id"/>; null when it is no longer open.</summary>
    public OpenRequest? Request(string id) => _open.GetValueOrDefault(id);

    /// <summary>The largest share of <paramref name="vehicle"/>'s payload or volume the trip fills at any point.</summary>
    public double Fill(Dispatch trip, VehicleView vehicle)
    {
        var (tonnes, cubicMetres) = Peaks(trip);
        double byVolume = vehicle.Type.VolumeM3 is double m3 && m3 > 0 ? cubicMetres / m3 : 0;
        return Math.Max(tonnes / vehicle.Type.PayloadTonnes, byVolume);
    }

    /// <summary>A planned trip cut to what is still open and in stock (not yet claimed); null when nothing of it is left.</summary>
    public Dispatch? Fit(Dispatch trip)
    {
        var take = new Dictionary<string, double>(StringComparer.Ordinal);
        var stock = new Dictionary<(NodeId, ItemId), double>();
        foreach (var part in trip.Stops.SelectMany(s => s.Load))
        {
            if (!_open.TryGetValue(part.RequestId, out var r)) continue;
            double left = Left(part.RequestId) - take.GetValueOrDefault(part.RequestId);
            left = Math.Min(left, snapshot.AvailableStock(r.From, r.Item) - _stock.GetValueOrDefault((r.From, r.Item)) - stock.GetValueOrDefault((r.From, r.Item)));
            double t = Math.Min(part.Tonnes, left);
            if (t <= Tonnage.Epsilon) continue;
            take[part.RequestId] = take.GetValueOrDefault(part.RequestId) + t;
            stock[(r.From, r.Item)] = stock.GetValueOrDefault((r.From, r.Item)) + t;
        }
        if (take.Count == 0) return null;
        var loading = new Dictionary<string, double>(take, StringComparer.Ordinal);
        var delivering = new Dictionary<string, double>(take, StringComparer.Ordinal);
        var stops = trip.Stops.Select(s => new Stop(s.Node, Cut(s.Unload, delivering), Cut(s.Load, loading)))
            .Where(s => s.Load.Count > 0 || s.Unload.Count > 0).ToArray();
        return trip with { Stops = stops };
    }

    /// <summary>
    /// The trip (claimed already) with more of the requests it carries, up to what the vehicle can hold at every point of
    /// the trip (mass and volume): the same stops, fuller. Parts are sized for the smallest vehicle that could take
    /// them; a bigger one should not leave with room that the same cargo, going the same way, could fill.
    /// </summary>
    public Dispatch TopUp(Dispatch trip, VehicleView vehicle)
    {
        double payload = vehicle.Type.PayloadTonnes, volume = vehicle.Type.VolumeM3 ?? double.PositiveInfinity;
        var (peakT, peakM3) = Peaks(trip);
        var stops = trip.Stops;
        // The requests it carries first, then any other open request between two of its stops, most urgent first.
        var carried = stops.SelectMany(s => s.Load).Select(p => p.RequestId).Distinct(StringComparer.Ordinal).Select(id => _open[id]);
        // Only a request from one of its stops to another can join it: the rest are left out before the sort, which at
        // country scale (thousands open, hundreds of trips an epoch) took a third of a run's time.
        var nodes = stops.Select(s => s.Node).ToHashSet();
        var others = _open.Values.Where(r => nodes.Contains(r.From) && nodes.Contains(r.To) && Tonnage.Epsilon < Open(r.Id))
            .OrderBy(r => r.Priority).ThenBy(r => r.Due).ThenBy(r => r.Sequence);
        // What the top-up adds, of each request and of each stock (the trip itself is claimed already).
        var byRequest = new Dictionary<string, double>(StringComparer.Ordinal);
        var byStock = new Dictionary<(NodeId, ItemId), double>();
        var added = new List<(int Load, int Unload, string Request, double Tonnes)>();
        foreach (var r in carried.Concat(others))
        {
            if (payload - peakT <= Tonnage.Epsilon) break;
            if (byRequest.ContainsKey(r.Id)) continue;
            int load = -1, unload = -1;
            for (int k = 0; k < stops.Count && unload < 0; k++)
            {
                if (load < 0 && stops[k].Node == r.From) load = k;
                else if (load >= 0 && stops[k].Node == r.To) unload = k;
            }
            if (unload < 0) continue;
            double room = Math.Min(payload - peakT, r.CubicMetresPerTonne > 0 ? (volume - peakM3) / r.CubicMetresPerTonne : double.PositiveInfinity);
            double open = r.Tonnes - _claimed.GetValueOrDefault(r.Id);
            double stock = snapshot.AvailableStock(r.From, r.Item) - _stock.GetValueOrDefault((r.From, r.Item)) - byStock.GetValueOrDefault((r.From, r.Item));
            double add = Math.Min(room, Math.Min(open, stock));
            // Whole kilograms below every bound (the model checks capacities, claims and stock to a gram), unless
            // that would leave less than a kilogram of the request behind: then all of it, if it fits.
            if (!(open - add < Kilogram && add == open)) add = Math.Floor(add * 1000 - 1e-6) / 1000;
            byRequest[r.Id] = Math.Max(0, add);
            if (add <= Tonnage.Epsilon) continue;
            added.Add((load, unload, r.Id, add));
            byStock[(r.From, r.Item)] = byStock.GetValueOrDefault((r.From, r.Item)) + add;
            peakT += add;
            peakM3 += add * r.CubicMetresPerTonne;
        }
        if (added.Count == 0) return trip;
        var result = stops.Select((s, k) => new Stop(s.Node,
            Add(s.Unload, added.Where(a => a.Unload == k)), Add(s.Load, added.Where(a => a.Load == k)))).ToArray();
        return trip with { Stops = result };
    }

    /// <summary>Largest mass and volume on board along the trip (after each stop's unloading and loading).</summary>
    private (double Tonnes, double CubicMetres) Peaks(Dispatch trip)
    {
        double t = 0, m3 = 0, peakT = 0, peakM3 = 0;
        foreach (var stop in trip.Stops)
        {
            foreach (var p in stop.Unload)
            {
                t -= p.Tonnes;
                m3 -= p.Tonnes * _open[p.RequestId].CubicMetresPerTonne;
            }
            foreach (var p in stop.Load)
            {
                t += p.Tonnes;
                m3 += p.Tonnes * _open[p.RequestId].CubicMetresPerTonne;
            }
            peakT = Math.Max(peakT, t);
            peakM3 = Math.Max(peakM3, m3);
        }
        return (peakT, peakM3);
    }

    /// <summary>The parts with the extra tonnes added: to the request's first part here, or as a new part.</summary>
    private static CargoPart[] Add(IReadOnlyList<CargoPart> parts, IEnumerable<(int Load, int Unload, string Request, double Tonnes)> extra)
    {
        var result = parts.ToList();
        foreach (var (_, _, id, tonnes) in extra)
        {
            int at = result.FindIndex(p => p.RequestId == id);
            if (at >= 0) result[at] = result[at] with { Tonnes = result[at].Tonnes + tonnes };
            else result.Add(new CargoPart(id, tonnes));
        }
        return result.ToArray();
    }

    private static CargoPart[] Cut(IReadOnlyList<CargoPart> parts, Dictionary<string, double> budget) => parts.Select(p =>
    {
        double t = Math.Min(p.Tonnes, budget.GetValueOrDefault(p.RequestId));
        budget[p.RequestId] = budget.GetValueOrDefault(p.RequestId) - t;
        return p with { Tonnes = t };
    }).Where(p => p.Tonnes > Tonnage.Epsilon).ToArray();
}
