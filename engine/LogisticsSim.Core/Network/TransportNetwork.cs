// SPDX-License-Identifier: Apache-2.0
using System.Diagnostics.CodeAnalysis;

namespace LogisticsSim.Core.Network;

/// <summary>
/// The nodes and links of a scenario, with lookups by id, by link reference and by outgoing arc.
/// Immutable; a class rather than a record so that <c>with</c> cannot leave its indexes stale.
/// </summary>
public sealed class TransportNetwork
{
    private readonly Dictionary<NodeId, Node> _nodes = [];
    private readonly Dictionary<LinkId, Link> _links = [];
    private readonly Dictionary<string, IReadOnlyList<Link>> _references = new(StringComparer.Ordinal);
    private readonly Dictionary<NodeId, IReadOnlyList<Arc>> _arcsFrom = [];

    /// <summary>
    /// Builds the indexes. A duplicate id keeps its first entry (the loader reports duplicates,
    /// so a loaded scenario has none).
    /// </summary>
    public TransportNetwork(double detour, IReadOnlyList<Node> nodes, IReadOnlyList<Link> links)
    {
        Detour = detour;
        Nodes = Array.AsReadOnly(nodes.ToArray());
        Links = Array.AsReadOnly(links.ToArray());
        foreach (var node in Nodes) _nodes.TryAdd(node.Id, node);
        var references = new Dictionary<string, List<Link>>(StringComparer.Ordinal);
        var arcsFrom = new Dictionary<NodeId, List<Arc>>();
        foreach (var link in Links)
        {
            _links.TryAdd(link.Id, link);
            foreach (string reference in ReferencesOf(link).Distinct(StringComparer.Ordinal))
            {
                if (!references.TryGetValue(reference, out var named)) references[reference] = named = [];
                named.Add(link);
            }
            AddArc(arcsFrom, new Arc(link, link.From, link.To));
            if (link.Bidirectional) AddArc(arcsFrom, new Arc(link, link.To, link.From));
        }
        // Wrapped once here so that lookups hand out read-only views without allocating.
        foreach (var (reference, named) in references) _references[reference] = named.AsReadOnly();
        foreach (var (node, arcs) in arcsFrom) _arcsFrom[node] = arcs.AsReadOnly();
    }

    /// <summary>Road and water km per great-circle km, for links written without <c>km</c>.</summary>
    public double Detour { get; }

    /// <summary>Nodes in file order.</summary>
    public IReadOnlyList<Node> Nodes { get; }

    /// <summary>Links in file order.</summary>
    public IReadOnlyList<Link> Links { get; }

    /// <summary>The node with this id; throws <see cref="KeyNotFoundException"/> when there is none.</summary>
    public Node GetNode(NodeId id) => _nodes[id];

    /// <summary>The node with this id, if any.</summary>
    public bool TryGetNode(NodeId id, [NotNullWhen(true)] out Node? node) => _nodes.TryGetValue(id, out node);

    /// <summary>The link with this id; throws <see cref="KeyNotFoundException"/> when there is none.</summary>
    public Link GetLink(LinkId id) => _links[id];

    /// <summary>The link with this id, if any.</summary>
    public bool TryGetLink(LinkId id, [NotNullWhen(true)] out Link? link) => _links.TryGetValue(id, out link);

    /// <summary>
    /// Every link a reference names: its id, <c>from-to-mode</c>, or for a bidirectional link also
    /// <c>to-from-mode</c>. Empty for an unknown reference; more than one when parallel links share
    /// ends and mode (such links need ids to be told apart).
    /// </summary>
    public IReadOnlyList<Link> FindLinks(string reference) =>
        _references.TryGetValue(reference, out var named) ? named : [];

    /// <summary>Every reference string that names some link, sorted ordinally (for did-you-mean hints).</summary>
    public IEnumerable<string> LinkReferences => _references.Keys.Order(StringComparer.Ordinal);

    /// <summary>The arcs leaving a node, in file order of their links; empty for an unknown node.</summary>
    public IReadOnlyList<Arc> ArcsFrom(NodeId node) => _arcsFrom.TryGetValue(node, out var arcs) ? arcs : [];

    /// <summary>The strings that name a link: its id, and its ends and mode in each direction it runs.</summary>
    public static IEnumerable<string> ReferencesOf(Link link)
    {
        yield return link.Id.Value;
        yield return LinkId.Derived(link.From, link.To, link.Mode).Value;
        if (link.Bidirectional) yield return LinkId.Derived(link.To, link.From, link.Mode).Value;
    }

    private static void AddArc(Dictionary<NodeId, List<Arc>> arcsFrom, Arc arc)
    {
        if (!arcsFrom.TryGetValue(arc.From, out var arcs)) arcsFrom[arc.From] = arcs = [];
        arcs.Add(arc);
    }
}
