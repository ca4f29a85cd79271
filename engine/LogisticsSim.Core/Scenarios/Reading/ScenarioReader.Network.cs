// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel.Random;

namespace LogisticsSim.Core.Scenarios.Reading;

/// <summary>The <c>network</c> section: detour factor, nodes, then links (whose length may come from node coordinates).</summary>
internal sealed partial class ScenarioReader
{
    private static readonly NodeKind[] Kinds = [NodeKind.Port, NodeKind.Airport, NodeKind.Hub, NodeKind.District, NodeKind.Border, NodeKind.Junction];

    private void ReadNetwork(MappingReader root)
    {
        const string expected = "a mapping {detour: ..., nodes: [...], links: [...]}";
        if (root.Required("network", expected) is not { } node) return;
        if (Section(node, "network", expected, ScenarioKeys.Network) is not { } network) return;
        double detour = network.OptionalNumber("detour", NumberRange.AtLeastOne, "km per great-circle km") ?? DefaultDetour;
        double? transferHours = network.OptionalNumber("transfer_h", NumberRange.NonNegative, "hours");
        var nodes = Entries(network, "nodes", required: true, ScenarioKeys.Node, m => ReadNode(m, transferHours));
        foreach (var n in nodes) _nodes.TryAdd(n.Id, n);
        var links = Entries(network, "links", required: true, ScenarioKeys.Link, m => ReadLink(m, detour));
        _network = new TransportNetwork(detour, nodes, links);
    }

    /// <summary>A node; it is a transfer node with its own <c>transfer_h</c>, else the network's, unless it says <c>transfer: false</c>.</summary>
    private static Node ReadNode(MappingReader m, double? networkTransferHours) => new Node(
        new NodeId(m.RequiredText("id", "a node id") ?? ""),
        m.RequiredChoice("kind", ScenarioKeys.NodeKinds, Kinds) ?? NodeKind.Hub,
        new GeoPoint(
            m.RequiredNumber("lat", NumberRange.Latitude, "degrees") ?? 0,
            m.RequiredNumber("lon", NumberRange.Longitude, "degrees") ?? 0),
        m.OptionalText("name", "a display name"),
        m.OptionalNumber("storage_t", NumberRange.Positive, "tonnes"),
        m.OptionalNumber("handling_tph", NumberRange.Positive, "tonnes per hour"),
        m.OptionalNumber("population", NumberRange.NonNegative, "people"))
    {
        StorageCubicMetres = m.OptionalNumber("storage_m3", NumberRange.Positive, "m3"),
        TransferHours = ReadTransfer(m, networkTransferHours),
    };

    private static double? ReadTransfer(MappingReader m, double? networkTransferHours)
    {
        bool? allowed = m.OptionalBool("transfer");
        double? hours = m.OptionalNumber("transfer_h", NumberRange.NonNegative, "hours");
        if (allowed == false && hours is not null)
        {
            m.Context.Report(m.PathOf("transfer_h"), m.Optional("transfer_h"), string.Create(CultureInfo.InvariantCulture, $"{hours} on a node with transfer: false"),
                "transfer_h only where cargo may change mode (drop it, or say transfer: true)");
            return null;
        }
        return allowed switch
        {
            false => null,
            true => hours ?? networkTransferHours ?? 0,
            null => hours ?? networkTransferHours,
        };
    }

    private Link ReadLink(MappingReader m, double detour)
    {
        string? explicitId = m.OptionalText("id", "a link id");
        var from = new NodeId(m.RequiredText("from", "a node id") ?? "");
        var to = new NodeId(m.RequiredText("to", "a node id") ?? "");
        var mode = m.RequiredChoice("mode", ScenarioKeys.Modes, Modes) ?? TransportMode.Road;
        double? km = m.OptionalNumber("km", NumberRange.Positive, "km");
        Distribution? time = m.Optional("time") is { } t
            ? DistributionReader.Read(m.Context, t, m.PathOf("time"), QuantityKind.Hours, positive: true)
            : null;
        bool bidirectional = m.OptionalBool("bidirectional") ?? true;
        if (from == to && from.Value.Length > 0)
        {
            m.Context.Report(m.PathOf("to"), m.Optional("to"), $"'{to}', the same node as from", "a link between two different nodes");
        }
        double length = km ?? GreatCircleLength(from, to, mode, detour);
        var id = explicitId is null ? LinkId.Derived(from, to, mode) : new LinkId(explicitId);
        return new Link(id, from, to, mode, length, km is null, time, bidirectional);
    }

    /// <summary>Great-circle km between the ends, times the detour for surface modes (aircraft fly straight); 0 if an end is unknown.</summary>
    private double GreatCircleLength(NodeId from, NodeId to, TransportMode mode, double detour)
    {
        if (!_nodes.TryGetValue(from, out var a) || !_nodes.TryGetValue(to, out var b)) return 0;
        return a.Location.GreatCircleKm(b.Location) * (mode == TransportMode.Air ? 1.0 : detour);
    }
}
