// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;

namespace LogisticsSim.Core.Strategies;

/// <summary>
/// What the event-driven baselines share: within one epoch, keep track of the vehicles still free,
/// the tonnes still open and the stock still unclaimed, and pick the free vehicle that can reach a
/// request's origin soonest.
/// </summary>
internal sealed class DispatchRule
{
    private readonly ISnapshot _snapshot;
    private readonly SoonestVehicles _free;
    private readonly Dictionary<string, double> _open;
    private readonly Dictionary<(NodeId, Demand.ItemId), double> _claimedStock = [];

    public DispatchRule(ISnapshot snapshot)
    {
        _snapshot = snapshot;
        _free = new SoonestVehicles(snapshot);
        var requests = snapshot.Requests;
        _open = new Dictionary<string, double>(requests.Count, StringComparer.Ordinal);
        foreach (var r in requests) _open[r.Id] = r.Tonnes;
    }

    public List<Decision> Decisions { get; } = [];

    /// <summary>
    /// The requests most urgent first: priority, then due, ready and creation order; equal ones keep their
    /// order, as a stable sort would. An index sort, as the rules do this at every epoch.
    /// </summary>
    public static OpenRequest[] MostUrgentFirst(IReadOnlyList<OpenRequest> requests)
    {
        var index = new int[requests.Count];
        for (int i = 0; i < index.Length; i++) index[i] = i;
        Array.Sort(index, (a, b) =>
        {
            OpenRequest x = requests[a], y = requests[b];
            int c = x.Priority.CompareTo(y.Priority);
            if (c == 0) c = x.Due.CompareTo(y.Due);
            if (c == 0) c = x.Ready.CompareTo(y.Ready);
            if (c == 0) c = x.Sequence.CompareTo(y.Sequence);
            return c != 0 ? c : a.CompareTo(b);
        });
        var sorted = new OpenRequest[index.Length];
        for (int i = 0; i < index.Length; i++) sorted[i] = requests[index[i]];
        return sorted;
    }

    public bool AnyFree => _free.Count > 0;

    /// <summary>The free vehicles, for a rule that also wants a vehicle's hours to a route's origin; <see cref="Send"/> keeps them current.</summary>
    public SoonestVehicles Free => _free;

    public double Open(OpenRequest r) => _open[r.Id];

    public double Stock(OpenRequest r) => _snapshot.AvailableStock(r.From, r.Item) - _claimedStock.GetValueOrDefault((r.From, r.Item));

    /// <summary>The free vehicle that reaches the origin first and can go on to the destination; ties to fleet order.</summary>
    public VehicleView? Soonest(OpenRequest r) => _free.For(r.From, r.To).Vehicle;

    /// <summary>How much of a request fits in what is left of a vehicle (tonnes and m3), within what is open and in stock.</summary>
    public double Fit(OpenRequest r, VehicleView v, double tonnesLeft, double cubicMetresLeft)
    {
        double byVolume = r.CubicMetresPerTonne > 0 ? cubicMetresLeft / r.CubicMetresPerTonne : double.PositiveInfinity;
        return Math.Max(0, Math.Min(Math.Min(Open(r), Stock(r)), Math.Min(tonnesLeft, byVolume)));
    }

    /// <summary>Takes tonnes of a request for the route being built: they are no longer open or in stock for anyone else.</summary>
    public void Take(OpenRequest request, double tonnes)
    {
        _open[request.Id] -= tonnes;
        var key = (request.From, request.Item);
        _claimedStock[key] = _claimedStock.GetValueOrDefault(key) + tonnes;
    }

    /// <summary>Gives back tonnes taken for a route that will not be sent after all.</summary>
    public void Release(OpenRequest request, double tonnes)
    {
        _open[request.Id] += tonnes;
        _claimedStock[(request.From, request.Item)] -= tonnes;
    }

    /// <summary>Sends the vehicle from the origin to the destination with parts already taken, all of the same route.</summary>
    public void Send(VehicleView v, NodeId from, NodeId to, IReadOnlyList<(OpenRequest Request, double Tonnes)> parts)
    {
        var cargo = new CargoPart[parts.Count];
        for (int i = 0; i < cargo.Length; i++) cargo[i] = new CargoPart(parts[i].Request.Id, parts[i].Tonnes);
        Decisions.Add(new Dispatch(v.Id, [new Stop(from, [], cargo), new Stop(to, cargo, [])]));
        _free.Remove(v);
    }
}
