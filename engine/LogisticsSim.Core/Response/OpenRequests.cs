// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Network;

namespace LogisticsSim.Core.Response;

/// <summary>
/// The requests with cargo not yet given to a vehicle, kept in the two orders strategies read them in:
/// oldest ready first (what a snapshot lists), and per route (origin, destination) most urgent first
/// (what the rules serve). Both are kept as requests open and close, so that an epoch in an overloaded
/// response, with thousands of requests waiting, neither sorts them nor looks at routes no free vehicle
/// can serve. A request's place in both orders is fixed while it is open (ready, due, priority and
/// creation order never change), except its destination, which moves only through <see cref="Retarget"/>.
/// </summary>
internal sealed class OpenRequests
{
    private readonly SortedSet<RequestState> _byReady = new(ReadyOrder.Instance);
    private readonly Dictionary<(NodeId From, NodeId To), SortedSet<RequestState>> _byRoute = [];
    private readonly List<(NodeId From, NodeId To)> _routes = []; // every route ever opened, in order of first use: a fixed order
    private readonly Dictionary<(NodeId, ItemId), int> _waitingFor = [];

    public int Count => _byReady.Count;

    /// <summary>Oldest ready first, then in order of creation.</summary>
    public IReadOnlyCollection<RequestState> ByReady => _byReady;

    /// <summary>The routes with open requests, in the order they were first used.</summary>
    public IEnumerable<(NodeId From, NodeId To)> Routes
    {
        get
        {
            foreach (var route in _routes)
            {
                if (_byRoute[route].Count > 0) yield return route;
            }
        }
    }

    /// <summary>A route's open requests most urgent first (see <see cref="Strategies.DispatchRule.Urgency(Strategies.OpenRequest, Strategies.OpenRequest)"/>); empty for a route without any.</summary>
    public SortedSet<RequestState>? OnRoute(NodeId from, NodeId to) => _byRoute.GetValueOrDefault((from, to));

    /// <summary>Whether any open request waits for this item at this node.</summary>
    public bool AnyWaitingFor(NodeId node, ItemId item) => _waitingFor.GetValueOrDefault((node, item)) > 0;

    /// <summary>Opens a request (again); a request already open stays as it is.</summary>
    public void Add(RequestState request)
    {
        if (!_byReady.Add(request)) return;
        var route = (request.From, request.To);
        if (!_byRoute.TryGetValue(route, out var queue))
        {
            _byRoute[route] = queue = new SortedSet<RequestState>(UrgencyOrder.Instance);
            _routes.Add(route);
        }
        queue.Add(request);
        var key = (request.From, request.Item);
        _waitingFor[key] = _waitingFor.GetValueOrDefault(key) + 1;
    }

    public void Remove(RequestState request)
    {
        if (!_byReady.Remove(request)) return;
        _byRoute[(request.From, request.To)].Remove(request);
        _waitingFor[(request.From, request.Item)]--;
    }

    /// <summary>Sends an open leg to another transfer node: it moves to that route.</summary>
    public void Retarget(RequestState request, NodeId to, TransportMode mode)
    {
        bool open = _byReady.Contains(request);
        if (open) Remove(request);
        request.Retarget(to, mode);
        if (open) Add(request);
    }

    private sealed class ReadyOrder : IComparer<RequestState>
    {
        public static readonly ReadyOrder Instance = new();

        public int Compare(RequestState? x, RequestState? y)
        {
            int c = x!.Ready.CompareTo(y!.Ready);
            return c != 0 ? c : x.Sequence.CompareTo(y.Sequence);
        }
    }

    private sealed class UrgencyOrder : IComparer<RequestState>
    {
        public static readonly UrgencyOrder Instance = new();

        public int Compare(RequestState? x, RequestState? y) =>
            Strategies.DispatchRule.Urgency(x!.Priority, x.Due, x.Ready, x.Sequence, y!.Priority, y.Due, y.Ready, y.Sequence);
    }
}
