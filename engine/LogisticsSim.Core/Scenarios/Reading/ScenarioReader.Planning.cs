// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Planning;
using LogisticsSim.Kernel;
using YamlDotNet.RepresentationModel;

namespace LogisticsSim.Core.Scenarios.Reading;

/// <summary>
/// The <c>planning</c> section: candidate hubs and sizes, item and vehicle costs, the budget or target, and
/// the hazard scenarios. Scenario demand is written compactly as <c>{NODE: {item: tonnes}}</c>, because an
/// ensemble lists dozens of scenarios with a handful of affected nodes each.
/// </summary>
internal sealed partial class ScenarioReader
{
    private PlanningSpec? ReadPlanning(MappingReader root)
    {
        const string expected = "a mapping {window: ..., budget: ..., items: [...], hubs: [...], vehicles: [...], scenarios: [...]}";
        if (root.Optional("planning") is not { } node) return null;
        if (Section(node, "planning", expected, ScenarioKeys.Planning) is not { } m) return null;
        var window = m.RequiredDuration("window", positive: true) ?? SimTime.FromDays(1);
        double? budget = m.OptionalNumber("budget", NumberRange.NonNegative, "currency units");
        double? target = m.OptionalNumber("target_fill", NumberRange.Share, "a share");
        var items = Entries(m, "items", required: true, ScenarioKeys.PlanningItem, ReadPlanningItem);
        var sizes = Entries(m, "sizes", required: false, ScenarioKeys.HubSize, ReadHubSize);
        var hubs = Entries(m, "hubs", required: true, ScenarioKeys.Hub, h => ReadHub(h, sizes));
        var vehicles = Entries(m, "vehicles", required: false, ScenarioKeys.PlanningVehicle, ReadPlanningVehicle);
        var scenarios = Entries(m, "scenarios", required: true, ScenarioKeys.HazardScenario, ReadHazardScenario);
        return new PlanningSpec(window, budget, target, items.AsReadOnly(), hubs.AsReadOnly(), vehicles.AsReadOnly(), scenarios.AsReadOnly());
    }

    private PlanningItem ReadPlanningItem(MappingReader m) => new(
        new ItemId(m.RequiredText("item", "an item id") ?? ""),
        m.RequiredNumber("cost_per_t", NumberRange.NonNegative, "currency units per tonne") ?? 0,
        m.RequiredNumber("unmet_penalty_per_t", NumberRange.NonNegative, "currency units per tonne") ?? 0,
        m.Optional("priority") is { } p ? ValueReader.WholeNumber(m.Context, p, m.PathOf("priority"), 1) ?? 1 : 1,
        m.OptionalNumber("kg_per_person_day", NumberRange.Positive, "kg per person per day"));

    private HubSize ReadHubSize(MappingReader m)
    {
        string name = m.RequiredText("name", "a size name") ?? "";
        double? tonnes = m.OptionalNumber("capacity_t", NumberRange.NonNegative, "tonnes");
        double? m3 = m.OptionalNumber("capacity_m3", NumberRange.NonNegative, "m3");
        double cost = m.RequiredNumber("cost", NumberRange.NonNegative, "currency units") ?? 0;
        if (tonnes is null && m3 is null && !m.Context.Source.HasErrorAt(m.Path))
        {
            m.Context.Report(m.PathOf("capacity_t"), null, "neither capacity_t nor capacity_m3", "a capacity in tonnes, in m3, or both");
        }
        return new HubSize(name, tonnes, m3, cost);
    }

    private CandidateHub ReadHub(MappingReader m, List<HubSize> defaultSizes)
    {
        var node = new NodeId(m.RequiredText("node", "a node id") ?? "");
        var own = Entries(m, "sizes", required: false, ScenarioKeys.HubSize, ReadHubSize);
        if (own.Count == 0 && defaultSizes.Count == 0 && m.Optional("sizes") is null)
        {
            m.Context.Report(m.PathOf("sizes"), null, "no sizes here nor in planning.sizes", "the sizes this hub may be opened at");
        }
        return new CandidateHub(node, (own.Count > 0 ? own : defaultSizes).AsReadOnly());
    }

    private PlanningVehicle ReadPlanningVehicle(MappingReader m) => new(
        new VehicleTypeId(m.RequiredText("fleet", "a fleet id") ?? ""),
        m.RequiredNumber("cost", NumberRange.NonNegative, "currency units per vehicle") ?? 0,
        m.Optional("max") is { } max ? ValueReader.WholeNumber(m.Context, max, m.PathOf("max"), 0) : null);

    private HazardScenario ReadHazardScenario(MappingReader m)
    {
        string id = m.RequiredText("id", "a scenario id") ?? "";
        double probability = m.RequiredNumber("probability", NumberRange.Probability, "a probability") ?? 0;
        var demand = new List<NodeDemand>();
        if (m.Optional("demand") is { } demandNode
            && Section(demandNode, m.PathOf("demand"), "a mapping {NODE: {item: tonnes}}", keys: null) is { } byNode)
        {
            foreach (string at in byNode.Keys)
            {
                string atPath = byNode.PathOf(at);
                if (byNode.Optional(at) is not { } itemsNode) continue;
                if (Section(itemsNode, atPath, "a mapping {item: tonnes}", keys: null) is not { } byItem) continue;
                foreach (string item in byItem.Keys)
                {
                    double? tonnes = byItem.RequiredNumber(item, NumberRange.NonNegative, "tonnes");
                    if (tonnes > 0) demand.Add(new NodeDemand(new NodeId(at), new ItemId(item), tonnes.Value));
                }
            }
        }
        var survives = new SortedDictionary<NodeId, double>(Comparer<NodeId>.Create((a, b) => string.CompareOrdinal(a.Value, b.Value)));
        if (m.Optional("stock_survives") is { } survivesNode
            && Section(survivesNode, m.PathOf("stock_survives"), "a mapping {NODE: share}", keys: null) is { } shares)
        {
            foreach (string at in shares.Keys)
            {
                if (shares.RequiredNumber(at, NumberRange.Share, "a share") is { } share) survives[new NodeId(at)] = share;
            }
        }
        var closed = new List<LinkId>();
        if (m.Optional("closed") is { } closedNode)
        {
            string path = m.PathOf("closed");
            if (closedNode is YamlSequenceNode list)
            {
                for (int i = 0; i < list.Children.Count; i++)
                {
                    m.Context.Note($"{path}[{i}]", list.Children[i]);
                    if (ValueReader.Text(m.Context, list.Children[i], $"{path}[{i}]", "a link id or from-to-mode") is { } reference)
                    {
                        closed.Add(CanonicalLink(m.Context, $"{path}[{i}]", reference));
                    }
                }
            }
            else
            {
                m.Context.Report(path, closedNode, ReadContext.Describe(closedNode), "a list of link ids");
            }
        }
        var slowed = new List<SlowedLink>();
        if (m.Optional("slowed") is { } slowedNode
            && Section(slowedNode, m.PathOf("slowed"), "a mapping {LINK: factor}", keys: null) is { } factors)
        {
            foreach (string reference in factors.Keys)
            {
                if (factors.RequiredNumber(reference, NumberRange.AtLeastOne, "a factor") is { } factor)
                {
                    slowed.Add(new SlowedLink(CanonicalLink(m.Context, factors.PathOf(reference), reference), factor));
                }
            }
        }
        return new HazardScenario(id, probability, demand.AsReadOnly(), survives.AsReadOnly(), closed.AsReadOnly(), slowed.AsReadOnly());
    }

    /// <summary>
    /// The id of the one link a reference names. The network is read by now, so an unknown or ambiguous
    /// reference is reported here, where the written key is still at hand.
    /// </summary>
    private LinkId CanonicalLink(ReadContext ctx, string path, string reference)
    {
        if (_network.FindLinks(reference) is [var only]) return only.Id;
        foreach (var error in Validation.ReferenceValidator.LinkError(_network, ctx.Source, path, reference))
        {
            ctx.Errors.Add(error);
            ctx.Source.MarkFailed(path);
        }
        return new LinkId(reference);
    }
}
