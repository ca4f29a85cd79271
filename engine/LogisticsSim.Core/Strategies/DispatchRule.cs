// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel;

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
    private readonly Dictionary<string, double> _open = new(StringComparer.Ordinal); // open tonnes of the requests taken from this epoch; the rest have all theirs
    private readonly Dictionary<(NodeId, Demand.ItemId), double> _claimedStock = [];

    public DispatchRule(ISnapshot snapshot)
    {
        _snapshot = snapshot;
        _free = new SoonestVehicles(snapshot);
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
            int c = Urgency(requests[a], requests[b]);
            return c != 0 ? c : a.CompareTo(b);
        });
        var sorted = new OpenRequest[index.Length];
        for (int i = 0; i < index.Length; i++) sorted[i] = requests[index[i]];
        return sorted;
    }

    /// <summary>The rules' order: the more urgent first (priority, then due, ready and creation order).</summary>
    public static int Urgency(OpenRequest x, OpenRequest y) => Urgency(x.Priority, x.Due, x.Ready, x.Sequence, y.Priority, y.Due, y.Ready, y.Sequence);

    /// <inheritdoc cref="Urgency(OpenRequest, OpenRequest)"/>
    public static int Urgency(int priority, SimTime due, SimTime ready, long sequence, int otherPriority, SimTime otherDue, SimTime otherReady, long otherSequence)
    {
        int c = priority.CompareTo(otherPriority);
        if (c == 0) c = due.CompareTo(otherDue);
        if (c == 0) c = ready.CompareTo(otherReady);
        return c != 0 ? c : sequence.CompareTo(otherSequence);
    }

    /// <summary><see cref="Urgency(OpenRequest, OpenRequest)"/> as a comparer.</summary>
    public static IComparer<OpenRequest> MostUrgent { get; } = Comparer<OpenRequest>.Create(Urgency);

    public bool AnyFree => _free.Count > 0;

    /// <summary>The free vehicles, for a rule that also wants a vehicle's hours to a route's origin; <see cref="Send"/> keeps them current.</summary>
    public SoonestVehicles Free => _free;

    public double Open(OpenRequest r) => _open.TryGetValue(r.Id, out double open) ? open : r.Tonnes;

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
        _open[request.Id] = Open(request) - tonnes;
        var key = (request.From, request.Item);
        _claimedStock[key] = _claimedStock.GetValueOrDefault(key) + tonnes;
    }

    /// <summary>Gives back tonnes taken for a route that will not be sent after all.</summary>
    public void Release(OpenRequest request, double tonnes)
    {
        _open[request.Id] = Open(request) + tonnes;
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
