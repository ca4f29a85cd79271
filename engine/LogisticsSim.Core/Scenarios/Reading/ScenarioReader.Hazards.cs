// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Hazards;
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel.Random;
using YamlDotNet.RepresentationModel;

namespace LogisticsSim.Core.Scenarios.Reading;

/// <summary>The <c>hazards</c> and <c>breakdowns</c> sections.</summary>
internal sealed partial class ScenarioReader
{
    private static readonly NumberRange SlowFactor = new(1, false, double.PositiveInfinity, false, "a travel-time multiplier >= 1 (2 = twice as long)");
    private static readonly NumberRange CapacityFactor = new(0, false, 1, false, "a share of capacity kept, between 0 and 1");
    private static readonly NumberRange SurgeFactor = new(0, true, double.PositiveInfinity, false, "a demand multiplier > 0");

    private List<Hazard> ReadHazards(MappingReader root)
    {
        var hazards = Entries(root, "hazards", required: false, ScenarioKeys.Hazard, ReadHazard);
        // Default ids are target-effect; number repeats so that each hazard keys its own random stream.
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < hazards.Count; i++)
        {
            if (hazards[i].Id.Length > 0) continue;
            string id = $"{(object?)hazards[i].Link ?? hazards[i].Node}-{hazards[i].Effect.Name}";
            int n = seen[id] = seen.GetValueOrDefault(id) + 1;
            hazards[i] = hazards[i] with { Id = n == 1 ? id : $"{id}-{n}" };
        }
        return hazards;
    }

    private Hazard ReadHazard(MappingReader m)
    {
        string id = m.OptionalText("id", "a hazard id") ?? "";
        string? link = m.OptionalText("link", "a link id or from-to-mode");
        string? node = m.OptionalText("node", "a node id");
        if ((link is null) == (node is null) && !m.Context.Source.HasErrorAt(m.PathOf("link")) && !m.Context.Source.HasErrorAt(m.PathOf("node")))
        {
            string found = link is null ? "neither link nor node" : "both link and node";
            m.Context.Report(link is null ? m.Path : m.PathOf("node"), link is null ? m.Node : m.Optional("node"), found, "exactly one target: link or node");
        }
        var effect = ReadEffect(m, link is not null);
        var start = m.Optional("at") is { } at
            ? DistributionReader.Read(m.Context, at, m.PathOf("at"), QuantityKind.Hours, positive: false)
            : new Constant(0);
        Distribution? duration = effect is HazardEffect.StockLoss && m.Optional("duration") is null
            ? new Constant(0)
            : m.Required("duration", DistributionReader.Expected(QuantityKind.Hours)) is { } d
                ? DistributionReader.Read(m.Context, d, m.PathOf("duration"), QuantityKind.Hours, positive: false)
                : null;
        double probability = m.OptionalNumber("probability", NumberRange.Probability, "a probability") ?? 1;
        // A reference naming exactly one link becomes that link's id; anything else stays as written for the validator.
        LinkId? linkId = link is null ? null : _network.FindLinks(link) is [var only] ? only.Id : new LinkId(link);
        NodeId? nodeId = node is null ? null : new NodeId(node);
        return new Hazard(id, linkId, nodeId, effect, start ?? new Constant(0), duration ?? new Constant(0), probability);
    }

    private enum EffectKind
    {
        Closed,
        Slowed,
        Capacity,
        StockLoss,
        DemandSurge,
    }

    private static readonly EffectKind[] EffectKinds =
        [EffectKind.Closed, EffectKind.Slowed, EffectKind.Capacity, EffectKind.StockLoss, EffectKind.DemandSurge];

    /// <summary>The effect and its parameter (factor or share), checking that the target suits it.</summary>
    private static HazardEffect ReadEffect(MappingReader m, bool onLink)
    {
        HazardEffect fallback = new HazardEffect.Closed();
        var effect = m.RequiredChoice("effect", ScenarioKeys.Effects, EffectKinds);
        string name = effect is { } e ? ScenarioKeys.Effects[(int)e] : "this effect";
        string? parameter = effect switch
        {
            EffectKind.Slowed or EffectKind.Capacity or EffectKind.DemandSurge => "factor",
            EffectKind.StockLoss => "share",
            EffectKind.Closed or null => null,
            _ => throw new InvalidOperationException($"the effect {effect} has no parameter rule"),
        };
        foreach (string key in new[] { "factor", "share" })
        {
            if (key == parameter || m.Optional(key) is not { } extra || effect is null) continue;
            m.Context.Report(m.PathOf(key), extra, $"{key} {ReadContext.Describe(extra)}",
                parameter is null ? $"no factor or share: {name} takes none" : $"{parameter}, not {key}, for {name}");
        }
        if (effect is EffectKind.Capacity or EffectKind.StockLoss or EffectKind.DemandSurge && onLink)
        {
            m.Context.Report(m.PathOf("link"), m.Optional("link"), $"effect {name} on a link",
                "a node target (links can only be closed or slowed)");
        }
        return effect switch
        {
            EffectKind.Closed => new HazardEffect.Closed(),
            EffectKind.Slowed => m.RequiredNumber("factor", SlowFactor, "a multiplier") is { } f ? new HazardEffect.Slowed(f) : fallback,
            EffectKind.Capacity => m.RequiredNumber("factor", CapacityFactor, "a share") is { } c ? new HazardEffect.Capacity(c) : fallback,
            EffectKind.StockLoss => m.RequiredNumber("share", NumberRange.Share, "a share") is { } s ? new HazardEffect.StockLoss(s) : fallback,
            EffectKind.DemandSurge => m.RequiredNumber("factor", SurgeFactor, "a multiplier") is { } g ? new HazardEffect.DemandSurge(g) : fallback,
            null => fallback, // already reported
            _ => throw new InvalidOperationException($"the effect {effect} is read into nothing"),
        };
    }

    private Breakdown ReadBreakdown(MappingReader m)
    {
        var mode = m.Optional("mode") is { } md ? ValueReader.Choice(m.Context, md, m.PathOf("mode"), ScenarioKeys.Modes, Modes) : null;
        string? fleet = m.OptionalText("fleet", "a fleet id");
        if (m.Optional("mode") is null == (fleet is null))
        {
            string found = fleet is null ? "neither mode nor fleet" : "both mode and fleet";
            m.Context.Report(fleet is null ? m.Path : m.PathOf("fleet"), fleet is null ? m.Node : m.Optional("fleet"), found,
                "exactly one of mode (every vehicle of a mode) or fleet (one fleet entry)");
        }
        var mtbf = m.Required("mtbf", DistributionReader.Expected(QuantityKind.Hours)) is { } f ? Mtbf(m, f) : null;
        var repair = m.Required("repair", DistributionReader.Expected(QuantityKind.Hours)) is { } r
            ? DistributionReader.Read(m.Context, r, m.PathOf("repair"), QuantityKind.Hours, positive: false)
            : null;
        return new Breakdown(mode, fleet is null ? null : new VehicleTypeId(fleet), mtbf ?? new Exponential(1), repair ?? new Constant(0));
    }

    /// <summary>A single duration is the mean of an exponential (memoryless failures); a distribution is taken as given.</summary>
    private static Distribution? Mtbf(MappingReader m, YamlNode node) =>
        node is YamlScalarNode
            ? ValueReader.DurationHours(m.Context, node, m.PathOf("mtbf"), positive: true) is { } mean ? new Exponential(mean) : null
            : DistributionReader.Read(m.Context, node, m.PathOf("mtbf"), QuantityKind.Hours, positive: true);
}
