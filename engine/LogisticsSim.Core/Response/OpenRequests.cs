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
/// The routes are also kept per origin, so that an epoch can read only the routes from the origins a free vehicle may reach.
/// </summary>
/// <param name="indexOf">A node's index in the network, by which a caller names the origins it wants read.</param>
internal sealed class OpenRequests(Func<NodeId, int> indexOf)
{
    private readonly SortedSet<RequestState> _byReady = new(ReadyOrder.Instance);
    private readonly Dictionary<(NodeId From, NodeId To), RouteQueue> _byRoute = [];
    private readonly SortedSet<RouteQueue> _heads = new(HeadOrder.Instance); // the routes with open requests, by their most urgent
    private readonly Dictionary<NodeId, Origin> _byOrigin = [];
    private readonly List<Origin> _origins = [];                            // every origin ever used, in order of first use
    private readonly Dictionary<(NodeId, ItemId), int> _waitingFor = [];

    public int Count => _byReady.Count;

    /// <summary>Oldest ready first, then in order of creation.</summary>
    public IReadOnlyCollection<RequestState> ByReady => _byReady;

    /// <summary>The routes with open requests, in the order of their most urgent request.</summary>
    public IEnumerable<(NodeId From, NodeId To)> Routes
    {
        get
        {
            foreach (var route in _heads) yield return (route.From, route.To);
        }
    }

    /// <summary>
    /// The routes with open requests from the origins (by node index) the filter keeps, in the order of <see cref="Routes"/>:
    /// a merge of those origins' routes, read only as far as the caller reads. The filter is asked at once, once per origin.
    /// </summary>
    public IEnumerable<(NodeId From, NodeId To)> RoutesFrom(Func<int, bool> keep)
    {
        var merge = new PriorityQueue<SortedSet<RouteQueue>.Enumerator, RouteQueue>(HeadOrder.Instance);
        foreach (var origin in _origins)
        {
            if (origin.Routes.Count == 0 || !keep(origin.Node)) continue;
            var routes = origin.Routes.GetEnumerator();
            routes.MoveNext();
            merge.Enqueue(routes, routes.Current);
        }
        return Merge(merge);
    }

    private static IEnumerable<(NodeId From, NodeId To)> Merge(PriorityQueue<SortedSet<RouteQueue>.Enumerator, RouteQueue> merge)
    {
        while (merge.TryDequeue(out var routes, out var route))
        {
            yield return (route.From, route.To);
            if (routes.MoveNext()) merge.Enqueue(routes, routes.Current);
        }
    }

    /// <summary>A route's open requests most urgent first (see <see cref="Strategies.DispatchRule.Urgency(Strategies.OpenRequest, Strategies.OpenRequest)"/>); null for a route never used.</summary>
    public SortedSet<RequestState>? OnRoute(NodeId from, NodeId to) => _byRoute.GetValueOrDefault((from, to))?.Requests;

    /// <summary>Whether any open request waits for this item at this node.</summary>
    public bool AnyWaitingFor(NodeId node, ItemId item) => _waitingFor.GetValueOrDefault((node, item)) > 0;

    /// <summary>Opens a request (again); a request already open stays as it is.</summary>
    public void Add(RequestState request)
    {
        if (!_byReady.Add(request)) return;
        if (!_byRoute.TryGetValue((request.From, request.To), out var queue))
        {
            if (!_byOrigin.TryGetValue(request.From, out var origin))
            {
                _byOrigin[request.From] = origin = new Origin(indexOf(request.From));
                _origins.Add(origin);
            }
            _byRoute[(request.From, request.To)] = queue = new RouteQueue(request.From, request.To, _byRoute.Count, origin);
        }
        queue.Requests.Add(request);
        if (queue.Head is null || UrgencyOrder.Instance.Compare(request, queue.Head) < 0)
        {
            // The route's place among the heads is by its head: out under the old one, back under the new.
            if (queue.Head is not null) Unhead(queue);
            queue.Head = request;
            Head(queue);
        }
        var key = (request.From, request.Item);
        _waitingFor[key] = _waitingFor.GetValueOrDefault(key) + 1;
    }

    public void Remove(RequestState request)
    {
        if (!_byReady.Remove(request)) return;
        var queue = _byRoute[(request.From, request.To)];
        queue.Requests.Remove(request);
        if (ReferenceEquals(queue.Head, request))
        {
            Unhead(queue);
            queue.Head = queue.Requests.Count > 0 ? queue.Requests.Min : null;
            if (queue.Head is not null) Head(queue);
        }
        _waitingFor[(request.From, request.Item)]--;
    }

    /// <summary>Puts a route among the heads, in both orders, by its head (set just before).</summary>
    private void Head(RouteQueue queue)
    {
        _heads.Add(queue);
        queue.Origin.Routes.Add(queue);
    }

    /// <summary>Takes a route out of the heads, in both orders, before its head changes.</summary>
    private void Unhead(RouteQueue queue)
    {
        _heads.Remove(queue);
        queue.Origin.Routes.Remove(queue);
    }

    /// <summary>Sends an open leg to another transfer node: it moves to that route.</summary>
    public void Retarget(RequestState request, NodeId to, TransportMode mode)
    {
        bool open = _byReady.Contains(request);
        if (open) Remove(request);
        request.Retarget(to, mode);
        if (open) Add(request);
    }

    /// <summary>One route's open requests, and the most urgent of them, by which the route is ordered among the others.</summary>
    private sealed class RouteQueue(NodeId from, NodeId to, int order, Origin origin)
    {
        public NodeId From { get; } = from;
        public NodeId To { get; } = to;
        public Origin Origin { get; } = origin;

        /// <summary>When the route was first used: a fixed tie-breaker (two routes' heads are never equal, but the order must be total).</summary>
        public int Order { get; } = order;

        public SortedSet<RequestState> Requests { get; } = new(UrgencyOrder.Instance);

        public RequestState? Head { get; set; }
    }

    /// <summary>One origin's routes with open requests, by their heads.</summary>
    private sealed class Origin(int node)
    {
        public int Node { get; } = node;
        public SortedSet<RouteQueue> Routes { get; } = new(HeadOrder.Instance);
    }

    private sealed class HeadOrder : IComparer<RouteQueue>
    {
        public static readonly HeadOrder Instance = new();

        public int Compare(RouteQueue? x, RouteQueue? y)
        {
            int c = UrgencyOrder.Instance.Compare(x!.Head, y!.Head);
            return c != 0 ? c : x.Order.CompareTo(y.Order);
        }
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
