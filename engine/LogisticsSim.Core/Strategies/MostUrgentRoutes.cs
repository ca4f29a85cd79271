// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Strategies;

/// <summary>
/// The open requests of a snapshot most urgent first, read route by route (a merge of the snapshot's
/// per-route queues), so that an epoch costs what it serves rather than what waits: a route is read only
/// as far as the rule gets, and a route no free vehicle can serve is dropped with all its requests at once.
/// The order is that of <see cref="DispatchRule.MostUrgentFirst"/>, request for request.
/// </summary>
internal sealed class MostUrgentRoutes
{
    private readonly PriorityQueue<Route, OpenRequest> _heads = new(DispatchRule.MostUrgent);

    public MostUrgentRoutes(ISnapshot snapshot)
    {
        foreach (var (from, to) in snapshot.Routes)
        {
            var route = new Route(snapshot.OnRoute(from, to).GetEnumerator());
            if (route.At(0) is { } head) _heads.Enqueue(route, head);
        }
    }

    /// <summary>The next most urgent request and where it stands on its route; false when none is left.</summary>
    public bool Next(out OpenRequest request, out Route route, out int position)
    {
        if (!_heads.TryDequeue(out route!, out request!))
        {
            position = -1;
            return false;
        }
        position = route.Position;
        route.Position++;
        if (route.At(route.Position) is { } next) _heads.Enqueue(route, next);
        return true;
    }

    /// <summary>Drops the route: none of its requests is read again.</summary>
    public void Drop(Route route)
    {
        // The route is back in the queue under its next head, unless it has none: take it out.
        if (route.At(route.Position) is not null) _heads.Remove(route, out _, out _);
    }

    /// <summary>One route's requests, read from the snapshot only as far as asked and kept for filling vehicles.</summary>
    internal sealed class Route(IEnumerator<OpenRequest> source)
    {
        private readonly List<OpenRequest> _read = [];
        private bool _done;

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
