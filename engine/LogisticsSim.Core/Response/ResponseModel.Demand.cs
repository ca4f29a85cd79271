// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Response;

/// <summary>Demand: requests written one by one, random request streams, and needs from population.</summary>
public sealed partial class ResponseModel
{
    private readonly Dictionary<NodeId, List<double>> _surges = [];

    private void StartDemand()
    {
        foreach (var spec in _scenario.Demand.Requests.OrderBy(r => r.Ready).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            if (spec.Ready < _scenario.Horizon) _sim.Process(ListedRequest(spec), spec.Id);
        }
        foreach (var stream in _scenario.Demand.Arrivals) _sim.Process(Arrivals(stream), stream.Id);
        foreach (var need in _scenario.Demand.Needs) _sim.Process(Needs(need), need.Id);
    }

    private IEnumerable<Event> ListedRequest(ServiceRequestSpec spec)
    {
        if (spec.Ready > _sim.Now) yield return _sim.Timeout(spec.Ready - _sim.Now);
        AddRequest(new RequestState
        {
            Id = spec.Id, Partner = spec.Partner, Item = spec.Item, From = spec.From, To = spec.To,
            Tonnes = spec.Tonnes, CubicMetresPerTonne = spec.CubicMetres / spec.Tonnes,
            Ready = spec.Ready, Due = spec.Due, Priority = spec.Priority, Sequence = NextSequence(),
        });
    }

    /// <summary>
    /// A random stream of requests: gap, size and destination are drawn from the stream's own random
    /// numbers, always all three, so a surge or an ended window never shifts later draws.
    /// </summary>
    private IEnumerable<Event> Arrivals(ArrivalStream stream)
    {
        var rng = _sim.Streams.For("arrivals", stream.Id);
        var item = _scenario.GetItem(stream.Item);
        if (stream.Start > _sim.Now) yield return _sim.Timeout(stream.Start - _sim.Now);
        for (int n = 1; ; n++)
        {
            yield return _sim.Timeout(SimTime.FromHours(Math.Max(0, stream.InterarrivalHours.Sample(rng))));
            double tonnes = stream.TonnesPerRequest.Sample(rng);
            var to = stream.To[stream.To.Count == 1 ? 0 : rng.NextInt(stream.To.Count)];
            tonnes *= SurgeAt(to);
            if (_sim.Now >= stream.End) yield break;
            if (!(tonnes > Tonnage.Epsilon)) continue; // a draw of nothing is no request
            AddRequest(new RequestState
            {
                Id = $"{stream.Id}-{n.ToString(CultureInfo.InvariantCulture)}", Partner = stream.Partner, Item = stream.Item,
                From = stream.From, To = to, Tonnes = tonnes, CubicMetresPerTonne = 1 / item.TonnesPerM3,
                Ready = _sim.Now, Due = _sim.Now + stream.DueAfterArrival, Priority = stream.Priority, Sequence = NextSequence(),
            });
        }
    }

    /// <summary>One request per interval for the people's consumption over it, scaled by any demand surge at the district.</summary>
    private IEnumerable<Event> Needs(NeedSpec need)
    {
        var item = _scenario.GetItem(need.Item);
        if (need.Start > _sim.Now) yield return _sim.Timeout(need.Start - _sim.Now);
        for (int n = 1; _sim.Now < need.End; n++)
        {
            double surge = SurgeAt(need.At);
            AddRequest(new RequestState
            {
                Id = $"{need.Id}-{n.ToString(CultureInfo.InvariantCulture)}", Partner = need.Partner, Item = need.Item,
                From = need.From, To = need.At, Tonnes = need.TonnesPerRequest * surge, CubicMetresPerTonne = 1 / item.TonnesPerM3,
                Ready = _sim.Now, Due = _sim.Now + need.DueAfterReady, Priority = need.Priority, Sequence = NextSequence(),
                People = need.People * surge, IsNeed = true,
            });
            yield return _sim.Timeout(need.Every);
        }
    }

    private double SurgeAt(NodeId node)
    {
        if (!_surges.TryGetValue(node, out var factors)) return 1;
        double product = 1;
        foreach (double f in factors) product *= f;
        return product;
    }
}
