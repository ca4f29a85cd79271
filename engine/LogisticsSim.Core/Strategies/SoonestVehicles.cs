// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Network;

namespace LogisticsSim.Core.Strategies;

/// <summary>
/// The free vehicle that reaches a route's origin soonest (ties to fleet order), found once per route
/// until that vehicle leaves. A rule that looks at every open request at every epoch would otherwise
/// scan the whole fleet per request; here free vehicles of one type, at one place, free at one time are
/// one group (most wait idle at their base), and a route costs one look per group. An answer stays valid
/// when another vehicle leaves: taking away a vehicle that was not the soonest cannot make another one soonest.
/// The groups are made only of the vehicles the snapshot says might reach the origin (<see cref="ISnapshot.FreeVehiclesNear"/>),
/// when an origin is first asked about, so that an epoch never walks the free vehicles of places it does not serve.
/// </summary>
internal sealed class SoonestVehicles
{
    private readonly ISnapshot _snapshot;
    private readonly Dictionary<IReadOnlyList<VehicleView>, Pool> _pools = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<NodeId, (Pool Pool, double[] HoursTo)> _origins = []; // per origin, its pool and each group's hours from now to it (NaN: not asked yet)
    private readonly Dictionary<(NodeId, NodeId), (VehicleView? Vehicle, double Hours)> _byRoute = [];
    private readonly HashSet<string> _gone = new(StringComparer.Ordinal); // sent this epoch: left out of pools made from now on
    private Pool? _all;

    public SoonestVehicles(ISnapshot snapshot)
    {
        _snapshot = snapshot;
        Count = snapshot.FreeVehicleCount;
    }

    /// <summary>How many vehicles are still free.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// The free vehicle that reaches the origin first and can go on to the destination (ties to fleet
    /// order), with its hours from now to the origin; null when none can.
    /// </summary>
    public (VehicleView? Vehicle, double Hours) For(NodeId from, NodeId to)
    {
        if (_byRoute.TryGetValue((from, to), out var found)) return found;
        // A group's hours to the origin and a type's path to the destination are the same for every route
        // sharing them: each is asked of the snapshot once, in the order the fleet scan would first need it.
        if (!_origins.TryGetValue(from, out var origin))
        {
            var pool = PoolNear(from);
            origin = (pool, new double[pool.Groups.Count]);
            Array.Fill(origin.HoursTo, double.NaN);
            _origins[from] = origin;
        }
        var (members, hoursTo) = (origin.Pool, origin.HoursTo);
        var reaches = members.Reaches;
        Array.Clear(reaches);
        Group? bestGroup = null;
        double bestArrival = double.PositiveInfinity;
        int bestPosition = int.MaxValue;
        foreach (var group in members.Groups)
        {
            int position = group.First;
            if (position < 0) continue;
            var v = members.Members[position];
            double arrival = hoursTo[group.Index];
            if (double.IsNaN(arrival)) hoursTo[group.Index] = arrival = (v.AvailableAt - _snapshot.Now).Hours + _snapshot.TravelHours(v.Type, v.Location, from);
            if (double.IsPositiveInfinity(arrival)) continue; // never chosen; and no path to look for from an origin it cannot reach
            if (reaches[group.Type] == 0) reaches[group.Type] = double.IsPositiveInfinity(_snapshot.TravelHours(v.Type, from, to)) ? (sbyte)-1 : (sbyte)1;
            if (reaches[group.Type] < 0) continue;
            // The fleet-order scan keeps the first of equal arrivals: the lowest position among the groups' first members.
            if (arrival < bestArrival || (arrival == bestArrival && arrival < double.PositiveInfinity && position < bestPosition))
            {
                (bestGroup, bestArrival, bestPosition) = (group, arrival, position);
            }
        }
        if (bestGroup is null) return _byRoute[(from, to)] = (null, bestArrival);
        (bestGroup.Routes ??= []).Add((from, to));
        return _byRoute[(from, to)] = (members.Members[bestPosition], bestArrival);
    }

    /// <summary>The vehicle is no longer free: only the answers it was are looked for again.</summary>
    public void Remove(VehicleView vehicle)
    {
        if (!_gone.Add(vehicle.Id)) return;
        bool found = false;
        foreach (var pool in _pools.Values) found |= pool.Remove(vehicle, _byRoute);
        if (_all is not null) found |= _all.Remove(vehicle, _byRoute);
        if (found) Count--;
    }

    /// <summary>The pool of the vehicles that might reach a node: shared by the nodes the snapshot gives the same list for.</summary>
    private Pool PoolNear(NodeId node)
    {
        if (_snapshot.FreeVehiclesNear(node) is not { } near) return _all ??= new Pool(_snapshot.FreeVehicles, _gone);
        if (!_pools.TryGetValue(near, out var pool)) _pools[near] = pool = new Pool(near, _gone);
        return pool;
    }

    /// <summary>
    /// Free vehicles in fleet order (a vehicle's position is its index), grouped: those alike for a route's answer, whose
    /// first member (in fleet order) stands for all.
    /// </summary>
    private sealed class Pool
    {
        private readonly List<int> _next;                    // per member, the next member of its group, or -1
        private readonly List<List<Group>?> _groupsOfType = []; // by type index: few groups each, searched in turn (no hashing at every epoch)
        private readonly List<VehicleType> _types = [];      // the groups' vehicle types, each once

        public Pool(IReadOnlyList<VehicleView> vehicles, IReadOnlySet<string> gone)
        {
            // Members are chained through _next rather than kept in a list per group: this runs at every epoch.
            Members = new List<VehicleView>(vehicles.Count);
            _next = new List<int>(vehicles.Count);
            foreach (var v in vehicles)
            {
                if (gone.Contains(v.Id)) continue;
                int position = Members.Count;
                Members.Add(v);
                _next.Add(-1);
                if (Find(v) is { } group)
                {
                    _next[group.Last] = position;
                    group.Last = position;
                }
                else
                {
                    int type = _types.FindIndex(t => ReferenceEquals(t, v.Type));
                    if (type < 0)
                    {
                        type = _types.Count;
                        _types.Add(v.Type);
                    }
                    group = new Group(Groups.Count, type, position);
                    Groups.Add(group);
                    while (_groupsOfType.Count <= v.TypeIndex) _groupsOfType.Add(null);
                    (_groupsOfType[v.TypeIndex] ??= []).Add(group);
                }
            }
            Reaches = new sbyte[_types.Count];
        }

        public List<VehicleView> Members { get; }

        public List<Group> Groups { get; } = [];

        /// <summary>Per type, for the route being looked for: 0 not asked yet, 1 yes, -1 no.</summary>
        public sbyte[] Reaches { get; }

        /// <summary>Takes the vehicle out of its group, dropping the answers it was; false when it is not in this pool.</summary>
        public bool Remove(VehicleView vehicle, Dictionary<(NodeId, NodeId), (VehicleView? Vehicle, double Hours)> answers)
        {
            if (Find(vehicle) is not { } group) return false;
            int previous = -1, at = group.First;
            while (at >= 0 && !Members[at].Equals(vehicle)) (previous, at) = (at, _next[at]);
            if (at < 0) return false;
            if (previous >= 0)
            {
                // Not the group's first member, so no answer: the answers stand.
                _next[previous] = _next[at];
                if (group.Last == at) group.Last = previous;
                return true;
            }
            group.First = _next[at];
            // The next member is as soon as the one gone, so every answer it was is looked for again.
            if (group.Routes is null) return true;
            foreach (var route in group.Routes) answers.Remove(route);
            group.Routes.Clear();
            return true;
        }

        /// <summary>The group of vehicles alike this one (type by reference, place, time), if there is one yet.</summary>
        private Group? Find(VehicleView v)
        {
            if (v.TypeIndex < 0 || v.TypeIndex >= _groupsOfType.Count || _groupsOfType[v.TypeIndex] is not { } groups) return null;
            foreach (var group in groups)
            {
                var first = Members[group.Founder];
                if (ReferenceEquals(first.Type, v.Type) && first.Location == v.Location && first.AvailableAt == v.AvailableAt) return group;
            }
            return null;
        }
    }

    /// <summary>Free vehicles alike for a route's answer: their first member (in fleet order) stands for all.</summary>
    private sealed class Group(int index, int type, int first)
    {
        /// <summary>Its place among its pool's groups.</summary>
        public int Index { get; } = index;

        /// <summary>Its vehicle type's place among its pool's types.</summary>
        public int Type { get; } = type;

        /// <summary>Its first member when built, which stays in the list of members: it stands for the group's type, place and time.</summary>
        public int Founder { get; } = first;

        /// <summary>The first member still free, or -1.</summary>
        public int First { get; set; } = first;

        /// <summary>The last member, for chaining while the groups are built.</summary>
        public int Last { get; set; } = first;

        /// <summary>The routes whose answer is the first member; null until there is one.</summary>
        public List<(NodeId, NodeId)>? Routes { get; set; }
    }
}
