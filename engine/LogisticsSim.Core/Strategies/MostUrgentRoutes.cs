// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;

namespace LogisticsSim.Core.Strategies;

/// <summary>
/// The open requests of a snapshot most urgent first, read route by route (a merge of the snapshot's
/// per-route queues, taken in the order of their heads), so that an epoch costs what it serves rather than
/// what waits: a route is read only when the rule gets to its first request, only as far as the rule gets,
/// and a route no free vehicle can serve is dropped with all its requests at once.
/// The order is that of <see cref="DispatchRule.MostUrgentFirst"/>, request for request, over the routes the snapshot
/// gives as within reach of its free vehicles (<see cref="ISnapshot.RoutesWithinReach"/>); the others no free vehicle can serve.
/// </summary>
internal sealed class MostUrgentRoutes
{
    private readonly ISnapshot _snapshot;
    private readonly IEnumerator<(NodeId From, NodeId To)> _routes; // in the order of their heads: read only when the merge needs the next
    private readonly PriorityQueue<Route, OpenRequest> _heads = new(DispatchRule.MostUrgent);
    private readonly Func<NodeId, NodeId, bool> _servable;
    private (Route Route, OpenRequest Head)? _unread;                 // the next route in head order, not yet in the merge

    /// <param name="snapshot">The epoch's snapshot.</param>
    /// <param name="servable">
    /// Whether a route may still be served this epoch; a route that may not is never read. It must stay false once
    /// false (as "a free vehicle can serve it" does, vehicles only leaving): the order handed out is then the same.
    /// </param>
    public MostUrgentRoutes(ISnapshot snapshot, Func<NodeId, NodeId, bool> servable)
    {
        _snapshot = snapshot;
        _servable = servable;
        _routes = snapshot.RoutesWithinReach.GetEnumerator();
        ReadRoute();
    }

    private void ReadRoute()
    {
        _unread = null;
        while (_unread is null && _routes.MoveNext())
        {
            if (!_servable(_routes.Current.From, _routes.Current.To)) continue;
            var route = new Route(_snapshot.OnRoute(_routes.Current.From, _routes.Current.To).GetEnumerator());
            if (route.At(0) is { } head) _unread = (route, head);
        }
    }

    /// <summary>The next most urgent request and where it stands on its route; false when none is left.</summary>
    public bool Next(out OpenRequest request, out Route route, out int position)
    {
        do
        {
            // A route joins the merge when its head is the most urgent request not yet handed out: the later
            // routes' heads are less urgent still.
            while (_unread is { } unread && (!_heads.TryPeek(out _, out var min) || DispatchRule.Urgency(unread.Head, min) < 0))
            {
                _heads.Enqueue(unread.Route, unread.Head);
                ReadRoute();
            }
            if (!_heads.TryDequeue(out route!, out request!))
            {
                position = -1;
                return false;
            }
        }
        while (route.Dropped);
        position = route.Position;
        route.Position++;
        if (route.At(route.Position) is { } next) _heads.Enqueue(route, next);
        return true;
    }

    /// <summary>Drops the route: none of its requests is read again.</summary>
    public void Drop(Route route) => route.Dropped = true; // left in the queue (taking it out is a linear search) and passed over there

    /// <summary>One route's requests, read from the snapshot only as far as asked and kept for filling vehicles.</summary>
    internal sealed class Route(IEnumerator<OpenRequest> source)
    {
        private readonly List<OpenRequest> _read = [];
        private bool _done;

        /// <summary>Whether the rule is done with this route.</summary>
        public bool Dropped { get; set; }

        /// <summary>The place of the next request to hand out.</summary>
        public int Position { get; set; }

        /// <summary>The request at this place in the route's order, or null past its end.</summary>
        public OpenRequest? At(int position)
        {
            while (!_done && _read.Count <= position)
            {
                if (source.MoveNext()) _read.Add(source.Current);
                else _done = true;
            }
            return position < _read.Count ? _read[position] : null;
        }
    }
}
