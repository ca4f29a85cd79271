// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;

namespace LogisticsSim.Import.Writing;

/// <summary>
/// The least a scenario needs to validate and run, for the planner to replace: a source (the first hub, else
/// port, airport or border crossing), a small fleet per mode the network has, one item (food), stock at the
/// source and daily needs for each district with people in need that the source reaches by one mode.
/// </summary>
internal sealed class Placeholders
{
    public const double RationKgPerPersonDay = 0.555;
    public const int HorizonDays = 30;
    private static readonly NodeKind[] SourceKinds = [NodeKind.Hub, NodeKind.Port, NodeKind.Airport, NodeKind.Border];

    public Placeholders(ImportedNetwork network)
    {
        Source = SourceKinds.Select(k => network.Nodes.FirstOrDefault(n => n.Kind == k)).FirstOrDefault(n => n is not null);
        var modes = network.Links.Select(l => l.Mode).Distinct().Order().ToList();
        foreach (var mode in modes)
        {
            var touching = network.Links.Where(l => l.Mode == mode).SelectMany(l => new[] { l.From, l.To }).ToHashSet(StringComparer.Ordinal);
            string fallback = network.Nodes.First(n => touching.Contains(n.Id)).Id;
            string at = Source is not null && touching.Contains(Source.Id) ? Source.Id : fallback;
            Bases.Add((mode, at));
            if (at == Source?.Id) Reach.UnionWith(Reachable(network, mode, at));
        }
    }

    /// <summary>Where supplies come from, or null when the places name no hub, port, airport or border.</summary>
    public ImportedNode? Source { get; }

    /// <summary>One fleet entry per mode, with its base.</summary>
    public List<(TransportMode Mode, string Base)> Bases { get; } = [];

    /// <summary>Nodes the source reaches over one mode whose placeholder vehicles are based there.</summary>
    public HashSet<string> Reach { get; } = new(StringComparer.Ordinal);

    private static HashSet<string> Reachable(ImportedNetwork network, TransportMode mode, string start)
    {
        var next = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var l in network.Links.Where(l => l.Mode == mode))
        {
            (next.TryGetValue(l.From, out var a) ? a : next[l.From] = []).Add(l.To);
            (next.TryGetValue(l.To, out var b) ? b : next[l.To] = []).Add(l.From);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var at))
        {
            foreach (var to in next.GetValueOrDefault(at) ?? []) if (seen.Add(to)) queue.Enqueue(to);
        }
        return seen;
    }
}
