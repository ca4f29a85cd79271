// SPDX-License-Identifier: Apache-2.0
using ScottPlot;

namespace LogisticsSim.Reporting.Maps;

/// <summary>
/// What a map of many places leaves out so that it stays readable (issue 16: 1,579 nodes drew as a black smudge of
/// labels). A map of at most <see cref="CompactAbove"/> nodes is drawn whole, as before. A larger one is compact:
/// <list type="bullet">
/// <item>labels for at most <see cref="MaxLabels"/> places: every hub, port, airport and border crossing first (in
/// file order), then the districts (and other places) that received the most tonnes, or, without flows, the most
/// populous; never a junction; a label that would overlap one already placed (in that order) is left out;</item>
/// <item>junctions are not drawn (the roads that meet there show them), other places with small markers;</item>
/// <item>links are thin; a link carrying at least <see cref="FlowShare"/> of the largest flow is widened by its
/// tonnes, and the tonnes are written on at most <see cref="MaxFlowLabels"/> links carrying at least
/// <see cref="FlowLabelShare"/> of the largest flow, the busiest first, each away from those already written (a
/// corridor of many links gets one figure, not one per link).</item>
/// </list>
/// Junctions are never labelled on any map, and drawn as a small dot on a map drawn whole.
/// </summary>
public static class MapLegibility
{
    /// <summary>Maps with more nodes than this are drawn compact.</summary>
    public const int CompactAbove = 100;

    /// <summary>At most this many places are labelled on a compact map.</summary>
    public const int MaxLabels = 40;

    /// <summary>On a compact map, links carrying less than this share of the largest flow are drawn as plain thin lines.</summary>
    public const double FlowShare = 0.02;

    /// <summary>On a compact map, tonnes are written only on links carrying at least this share of the largest flow...</summary>
    public const double FlowLabelShare = 0.25;

    /// <summary>... and on at most this many of them.</summary>
    public const int MaxFlowLabels = 12;

    /// <summary>Two written flows are at least this share of the map's width apart.</summary>
    public const double FlowLabelSpacing = 0.06;

    /// <summary>The kinds labelled first on a compact map, in this order.</summary>
    private static readonly string[] LeadingKinds = ["hub", "port", "airport", "border"];

    public static bool IsCompact(NetworkMap map) => map.Nodes.Count > CompactAbove;

    /// <summary>A compact map's labels, in pixels of its data area (about 700 across the longer side): the height of a line, the width of a character.</summary>
    private const double LabelHeightPx = 11, CharWidthPx = 5.5, DataAreaPx = 700;

    /// <summary>The ids of the places to label: every place but junctions on a map drawn whole; the rule above on a compact one.</summary>
    public static IReadOnlySet<string> Labelled(NetworkMap map, IReadOnlyDictionary<string, Coordinates> at, CoordinateRect box) =>
        IsCompact(map) ? Spread(Ranked(map), at, box) : map.Nodes.Where(n => n.Kind != "junction").Select(n => n.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The places in the order a compact map labels them: hubs, ports, airports and borders (in file order), then the
    /// others but junctions by tonnes received, or by population on a map without flows.
    /// </summary>
    public static IEnumerable<string> Ranked(NetworkMap map)
    {
        bool flows = map.Nodes.Any(n => n.Delivered > 0);
        var leading = LeadingKinds.SelectMany(k => map.Nodes.Where(n => n.Kind == k));
        var others = map.Nodes.Where(n => n.Kind != "junction" && !LeadingKinds.Contains(n.Kind))
            .OrderByDescending(n => flows ? n.Delivered : n.Population ?? 0).ThenBy(n => n.Id, StringComparer.Ordinal);
        return leading.Concat(others).Select(n => n.Id);
    }

    /// <summary>
    /// Of the places ranked (most wanted first), those to label on a compact map: at most <see cref="MaxLabels"/>, each
    /// left out where its label would overlap one already placed.
    /// </summary>
    public static IReadOnlySet<string> Spread(IEnumerable<string> ranked, IReadOnlyDictionary<string, Coordinates> at, CoordinateRect box)
    {
        double unitsPerPx = Math.Max(box.Width, box.Height) / DataAreaPx;
        var labelled = new HashSet<string>(StringComparer.Ordinal);
        var placed = new List<(Coordinates At, double HalfWidth)>();
        foreach (string id in ranked)
        {
            if (placed.Count == MaxLabels) break;
            if (labelled.Contains(id)) continue;
            var p = at[id];
            // Labels sit centred above their place; the text is about as long as the id with " 100%".
            double halfWidth = (id.Length + 5) * CharWidthPx * unitsPerPx / 2;
            if (placed.Any(q => Math.Abs(q.At.Y - p.Y) < LabelHeightPx * unitsPerPx && Math.Abs(q.At.X - p.X) < q.HalfWidth + halfWidth)) continue;
            placed.Add((p, halfWidth));
            labelled.Add(id);
        }
        return labelled;
    }

    /// <summary>The links whose tonnes are written: every link with at least half a tonne on a map drawn whole; the rule above on a compact one.</summary>
    public static IReadOnlySet<string> FlowLabelled(NetworkMap map, IReadOnlyDictionary<string, Coordinates> at, double mapWidth)
    {
        if (!IsCompact(map)) return map.Links.Where(l => l.Tonnes >= 0.5).Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        double max = map.Links.Select(l => l.Tonnes).DefaultIfEmpty(0).Max();
        var busy = map.Links.Where(l => l.Tonnes >= 0.5 && l.Tonnes >= FlowLabelShare * max)
            .OrderByDescending(l => l.Tonnes).ThenBy(l => l.Id, StringComparer.Ordinal);
        return Apart(busy.Select(l => (l.Id, Middle(at[l.From], at[l.To]))), mapWidth);
    }

    /// <summary>
    /// Of the links ranked (most wanted first), those to write a figure on at their middle on a compact map: at most
    /// <see cref="MaxFlowLabels"/>, each at least <see cref="FlowLabelSpacing"/> of the map's width from those already written.
    /// </summary>
    public static IReadOnlySet<string> Apart(IEnumerable<(string Id, Coordinates Middle)> ranked, double mapWidth)
    {
        var chosen = new List<(string Id, Coordinates Middle)>();
        foreach (var (id, middle) in ranked)
        {
            if (chosen.Count == MaxFlowLabels) break;
            if (chosen.All(c => Distance(c.Middle, middle) >= FlowLabelSpacing * mapWidth)) chosen.Add((id, middle));
        }
        return chosen.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
    }

    internal static Coordinates Middle(Coordinates a, Coordinates b) => new((a.X + b.X) / 2, (a.Y + b.Y) / 2);

    private static double Distance(Coordinates a, Coordinates b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
}
