// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Strategies;

namespace LogisticsSim.Optimization.Strategies;

/// <summary>
/// The regions a large epoch is solved in, one after the other (<see cref="OrToolsStrategyOptions.DecomposeAbove"/>),
/// each with its own cap of requests. A region is a base of the fleet (the node a fleet entry's vehicles start from and
/// return to after each trip) together with every base within <see cref="JoinKm"/> of it: a city's hub, port and airport
/// are one region, so that its solve still chooses the mode. Every vehicle belongs to its base's region, whether it is
/// free or busy, wherever it is: it goes back there. Every request belongs to the region of the base nearest its origin
/// (by the shortest open path of any vehicle type; the first region on a tie), whose vehicles are the ones that load
/// there; so does the stock it draws on, which no other region's requests touch. A request from a place no base reaches
/// now belongs to the first region, where, as in an undivided solve, no vehicle can take it.
/// </summary>
/// <remarks>
/// Regions are numbered in the order of the fleet entries whose bases found them, so the same fleet and network give
/// the same regions and the same order of solves. They are drawn again at each solve, on the network as it is (a hazard
/// may join or part places): made from a snapshot, they are valid while it is.
/// </remarks>
internal sealed class EpochRegions
{
    /// <summary>Bases at most this far apart, by the shortest open path of any vehicle type, are one region.</summary>
    public const double JoinKm = 30;

    private readonly ISnapshot _snapshot;
    private readonly VehicleType[] _types;
    private readonly Dictionary<int, int> _ofFleetEntry = [];
    private readonly List<(NodeId Base, int Region)> _bases = [];
    private readonly Dictionary<NodeId, int> _ofOrigin = [];

    /// <summary>How many regions there are.</summary>
    public int Count { get; }

    /// <summary>The regions of <paramref name="s"/>'s fleet on its network as it is now.</summary>
    public EpochRegions(ISnapshot s)
    {
        _snapshot = s;
        var entries = s.Vehicles.GroupBy(v => v.TypeIndex).Select(g => g.First()).OrderBy(v => v.TypeIndex).ToArray();
        // Paths depend on the mode and speed alone: one type of each is enough to find the shortest.
        _types = entries.Select(v => v.Type).DistinctBy(t => (t.Mode, t.SpeedKmh)).ToArray();
        var bases = entries.Select(v => v.Type.Base).Distinct().ToList();
        // Union of bases within JoinKm (either way), each group named by its first base: regions in fleet order.
        var sets = new DisjointSets(bases.Count);
        for (int i = 0; i < bases.Count; i++)
        {
            for (int j = i + 1; j < bases.Count; j++)
            {
                if (Km(bases[i], bases[j]) <= JoinKm || Km(bases[j], bases[i]) <= JoinKm) sets.Join(i, j);
            }
        }
        var (region, count) = sets.Groups();
        for (int i = 0; i < bases.Count; i++) _bases.Add((bases[i], region[i]));
        Count = count;
        foreach (var v in entries) _ofFleetEntry[v.TypeIndex] = _bases.First(b => b.Base == v.Type.Base).Region;
    }

    /// <summary>The region of <paramref name="v"/>: its base's.</summary>
    public int Of(VehicleView v) => _ofFleetEntry[v.TypeIndex];

    /// <summary>The region of <paramref name="r"/>: that of the base nearest its origin.</summary>
    public int Of(OpenRequest r)
    {
        if (_ofOrigin.TryGetValue(r.From, out int known)) return known;
        (int Region, double Km) nearest = (0, double.PositiveInfinity);
        foreach (var (node, region) in _bases)
        {
            double km = node == r.From ? 0 : Km(node, r.From);
            if (km < nearest.Km) nearest = (region, km);
        }
        return _ofOrigin[r.From] = nearest.Region;
    }

    /// <summary>Region <paramref name="region"/>'s share of the epoch.</summary>
    public RegionShare Share(int region) => new(this, region);

    /// <summary>The shortest open path from <paramref name="from"/> to <paramref name="to"/> of any of the fleet's types, in km.</summary>
    private double Km(NodeId from, NodeId to)
    {
        double best = double.PositiveInfinity;
        foreach (var type in _types)
        {
            double km = _snapshot.TravelKm(type, from, to);
            if (km < best) best = km;
        }
        return best;
    }
}

/// <summary>One region's share of an epoch: the vehicles based there and the requests leaving from its places.</summary>
internal sealed record RegionShare(EpochRegions Regions, int Region)
{
    public bool Has(VehicleView v) => Regions.Of(v) == Region;

    public bool Has(OpenRequest r) => Regions.Of(r) == Region;
}
