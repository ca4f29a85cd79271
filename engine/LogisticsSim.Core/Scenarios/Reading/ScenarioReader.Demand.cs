// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel;
using LogisticsSim.Kernel.Random;
using YamlDotNet.RepresentationModel;

namespace LogisticsSim.Core.Scenarios.Reading;

/// <summary>The <c>demand</c> section: requests one by one, arrival streams, and needs from population.</summary>
internal sealed partial class ScenarioReader
{
    private DemandSpec ReadDemand(MappingReader root)
    {
        const string expected = "a mapping {requests: [...], arrivals: [...], needs: [...], storage: [...]}";
        if (root.Optional("demand") is not { } node) return DemandSpec.Empty;
        if (Section(node, "demand", expected, ScenarioKeys.Demand) is not { } demand) return DemandSpec.Empty;
        return new DemandSpec(
            Entries(demand, "requests", required: false, ScenarioKeys.Request, ReadRequest).AsReadOnly(),
            Entries(demand, "arrivals", required: false, ScenarioKeys.Arrival, ReadArrival).AsReadOnly(),
            Entries(demand, "needs", required: false, ScenarioKeys.Need, ReadNeed).AsReadOnly())
        {
            Storage = Entries(demand, "storage", required: false, ScenarioKeys.StorageRequest, ReadStorageRequest).AsReadOnly(),
        };
    }

    private ServiceRequestSpec ReadRequest(MappingReader m)
    {
        string id = m.RequiredText("id", "a request id") ?? "";
        string? partner = m.OptionalText("partner", "a partner name");
        var item = new ItemId(m.RequiredText("item", "an item id") ?? "");
        double? tonnes = m.RequiredNumber("t", NumberRange.Positive, "tonnes");
        double? m3 = m.OptionalNumber("m3", NumberRange.Positive, "m3");
        var (from, to) = Route(m, "to");
        var ready = m.OptionalDuration("ready", positive: false) ?? SimTime.Zero;
        var due = m.RequiredDuration("due", positive: false) ?? SimTime.Zero;
        int priority = m.RequiredWholeNumber("priority", 1) ?? 1;
        return new ServiceRequestSpec(id, partner, item, tonnes ?? 0, m3 ?? Volume(item, tonnes ?? 0), from, to, ready, due, priority);
    }

    private ArrivalStream ReadArrival(MappingReader m)
    {
        string id = m.RequiredText("id", "a stream id") ?? "";
        string? partner = m.OptionalText("partner", "a partner name");
        var item = new ItemId(m.RequiredText("item", "an item id") ?? "");
        var from = new NodeId(m.RequiredText("from", "a node id") ?? "");
        var to = Destinations(m, from);
        var tonnes = Varying(m, "t", QuantityKind.Tonnes);
        var every = Varying(m, "every", QuantityKind.Hours);
        var due = m.RequiredDuration("due", positive: true) ?? SimTime.Zero;
        int priority = m.RequiredWholeNumber("priority", 1) ?? 1;
        var (start, end) = Window(m);
        return new ArrivalStream(id, partner, item, from, to.AsReadOnly(), tonnes, every, due, priority, start, end);
    }

    private NeedSpec ReadNeed(MappingReader m)
    {
        string? explicitId = m.OptionalText("id", "a need id");
        string? partner = m.OptionalText("partner", "a partner name");
        var item = new ItemId(m.RequiredText("item", "an item id") ?? "");
        var (from, at) = Route(m, "at");
        double? ration = m.RequiredNumber("kg_per_person_day", NumberRange.Positive, "kg per person per day");
        double? population = m.OptionalNumber("population", NumberRange.NonNegative, "people");
        double share = m.OptionalNumber("affected_share", NumberRange.Share, "a share") ?? 1;
        var every = m.RequiredDuration("every", positive: true) ?? SimTime.FromDays(1);
        var due = m.RequiredDuration("due", positive: true) ?? SimTime.Zero;
        int priority = m.RequiredWholeNumber("priority", 1) ?? 1;
        var (start, end) = Window(m);
        if (population is null && _nodes.TryGetValue(at, out var node))
        {
            population = node.Population;
            if (population is null)
            {
                m.Context.Report(m.PathOf("population"), null, $"no population here nor on node '{at}'",
                    $"a population on the need, or on node '{at}'");
            }
        }
        string id = explicitId ?? $"{at}-{item}";
        return new NeedSpec(id, partner, at, item, from, (population ?? 0) * share, ration ?? 0, every, due, priority, start, end);
    }

    /// <summary>Origin <c>from</c> and destination <paramref name="toKey"/>, which must differ.</summary>
    private (NodeId From, NodeId To) Route(MappingReader m, string toKey)
    {
        var from = new NodeId(m.RequiredText("from", "a node id") ?? "");
        var to = new NodeId(m.RequiredText(toKey, "a node id") ?? "");
        if (from == to && from.Value.Length > 0) SameNode(m.Context, m.PathOf(toKey), m.Optional(toKey), to);
        return (from, to);
    }

    /// <summary><c>to</c> as one node id or a list of them.</summary>
    private List<NodeId> Destinations(MappingReader m, NodeId from)
    {
        const string expected = "a node id or a list of node ids";
        var result = new List<NodeId>();
        if (m.Required("to", expected) is not { } node) return result;
        var entries = node is YamlSequenceNode seq ? seq.Children.Select((n, i) => (n, $"{m.PathOf("to")}[{i}]")) : [(node, m.PathOf("to"))];
        foreach (var (entry, path) in entries)
        {
            m.Context.Note(path, entry);
            var id = new NodeId(ValueReader.Text(m.Context, entry, path, "a node id") ?? "");
            if (id == from && id.Value.Length > 0) SameNode(m.Context, path, entry, id);
            result.Add(id);
        }
        if (node is YamlSequenceNode { Children.Count: 0 }) m.Context.Report(m.PathOf("to"), node, "an empty list", expected);
        return result;
    }

    private static void SameNode(ReadContext ctx, string path, YamlNode? at, NodeId id) =>
        ctx.Report(path, at, $"'{id}', the same node as from", "a destination other than the origin");

    /// <summary>A required quantity that may vary, with mean > 0.</summary>
    private static Distribution Varying(MappingReader m, string key, QuantityKind kind) =>
        m.Required(key, DistributionReader.Expected(kind)) is { } v
            ? DistributionReader.Read(m.Context, v, m.PathOf(key), kind, positive: true) ?? new Constant(1)
            : new Constant(1);

    /// <summary><c>start</c> (default 0) and <c>end</c> (default the horizon).</summary>
    private (SimTime Start, SimTime End) Window(MappingReader m) =>
        (m.OptionalDuration("start", positive: false) ?? SimTime.Zero, m.OptionalDuration("end", positive: false) ?? _horizon);

    private double Volume(ItemId item, double tonnes) =>
        _items.TryGetValue(item, out var i) && i.TonnesPerM3 > 0 ? i.CubicMetresOf(tonnes) : 0;
}
