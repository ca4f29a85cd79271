// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Core.Hazards;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Kernel;
using LogisticsSim.Kernel.Random;

namespace LogisticsSim.Core.Experiments.Criticality;

/// <summary>
/// One change to a loaded scenario, the unit of a criticality study: a link or node disrupted, a fleet entry or a
/// stock entry made smaller or larger, a node's storage enlarged, a link's hazards removed. Applying it is pure: the
/// scenario given is left as it was. Nothing else in the scenario moves, and every random stream keeps its name, so
/// the changed scenario run on the same replications as the original differs only by the change (common random numbers).
/// </summary>
public abstract record ScenarioChange
{
    private ScenarioChange(string kind, string target)
    {
        Kind = kind;
        Target = target;
    }

    /// <summary>What the change acts on: link, node, fleet, stock or storage.</summary>
    public string Kind { get; }

    /// <summary>The id of what it acts on: a link, node or fleet id, or <c>NODE/ITEM</c> for a stock entry.</summary>
    public string Target { get; }

    /// <summary>True for an addition (<c>--gains</c>), whose value is how much better the scenario gets; false for a loss.</summary>
    public abstract bool IsGain { get; }

    /// <summary>What the change does, in a few words: <c>closed</c>, <c>-1 unit</c>, <c>x0.5</c>, <c>hazards removed</c>.</summary>
    public abstract string Action { get; }

    /// <summary><c>link EN6-BEIRA-DONDO: closed</c>: the change in full, unique within a study.</summary>
    public string Label => $"{Kind} {Target}: {Action}";

    /// <summary>The scenario with the change made.</summary>
    public abstract Scenario Apply(Scenario scenario);

    /// <summary>A link or a node disrupted for a window of time, by one more hazard that surely happens.</summary>
    /// <param name="Link">The link, or null for a node.</param>
    /// <param name="Node">The node, or null for a link.</param>
    /// <param name="Disruption">What happens to it.</param>
    /// <param name="From">When the disruption starts.</param>
    /// <param name="For">How long it lasts; null: to the horizon.</param>
    public sealed record Disrupted(LinkId? Link, NodeId? Node, Disruption Disruption, SimTime From, SimTime? For)
        : ScenarioChange(Link is null ? "node" : "link", Link?.Value ?? Node!.Value.Value)
    {
        /// <summary>The id of the hazard the change adds, and so the name of its random stream, which no scenario hazard can share.</summary>
        public const string HazardId = "criticality:disruption";

        /// <inheritdoc/>
        public override bool IsGain => false;

        /// <inheritdoc/>
        public override string Action => Disruption.Text + Window;

        private string Window => (From, For) switch
        {
            ({ Hours: 0 }, null) => "",
            (_, null) => string.Create(CultureInfo.InvariantCulture, $" from {From.Hours:0.##}h"),
            _ => string.Create(CultureInfo.InvariantCulture, $" from {From.Hours:0.##}h for {For.Value.Hours:0.##}h"),
        };

        /// <inheritdoc/>
        public override Scenario Apply(Scenario scenario)
        {
            ArgumentNullException.ThrowIfNull(scenario);
            double hours = For?.Hours ?? Math.Max(0, scenario.Horizon.Hours - From.Hours);
            var hazard = new Hazard(HazardId, Link, Node, Disruption.Effect, new Constant(From.Hours), new Constant(hours), 1);
            return scenario with { Hazards = [.. scenario.Hazards, hazard] };
        }
    }

    /// <summary>A fleet entry with <paramref name="Delta"/> units more (fewer when negative), never below none.</summary>
    /// <param name="Fleet">The fleet entry's id.</param>
    /// <param name="Delta">Units added (negative: removed).</param>
    public sealed record FleetResized(string Fleet, int Delta) : ScenarioChange("fleet", Fleet)
    {
        /// <inheritdoc/>
        public override bool IsGain => Delta > 0;

        /// <inheritdoc/>
        public override string Action => string.Create(CultureInfo.InvariantCulture, $"{Delta:+0;-0} unit{(Math.Abs(Delta) == 1 ? "" : "s")}");

        /// <inheritdoc/>
        public override Scenario Apply(Scenario scenario)
        {
            ArgumentNullException.ThrowIfNull(scenario);
            // Vehicles are numbered 1..count and each draws from streams named after its number, so removing
            // units removes the last ones and leaves every other vehicle's travel and breakdowns as they were.
            return scenario with { Fleet = scenario.Fleet.Select(v => v.Id.Value == Fleet ? v with { Count = Math.Max(0, v.Count + Delta) } : v).ToArray() };
        }
    }

    /// <summary>One stock entry (by its place in the scenario's list) times a factor.</summary>
    /// <param name="Index">Its 0-based place in <see cref="Scenario.Stock"/>.</param>
    /// <param name="Name">Its <c>NODE/ITEM</c>.</param>
    /// <param name="Factor">What its tonnes are multiplied by.</param>
    public sealed record StockScaled(int Index, string Name, double Factor) : ScenarioChange("stock", Name)
    {
        /// <inheritdoc/>
        public override bool IsGain => Factor > 1;

        /// <inheritdoc/>
        public override string Action => string.Create(CultureInfo.InvariantCulture, $"x{Factor:0.###}");

        /// <inheritdoc/>
        public override Scenario Apply(Scenario scenario)
        {
            ArgumentNullException.ThrowIfNull(scenario);
            return scenario with { Stock = scenario.Stock.Select((s, i) => i == Index ? s with { Tonnes = s.Tonnes * Factor } : s).ToArray() };
        }
    }

    /// <summary>A node's storage (tonnes and cubic metres, whichever it sets) times a factor.</summary>
    /// <param name="Node">The node.</param>
    /// <param name="Factor">What its storage is multiplied by.</param>
    public sealed record StorageScaled(NodeId Node, double Factor) : ScenarioChange("storage", Node.Value)
    {
        /// <inheritdoc/>
        public override bool IsGain => Factor > 1;

        /// <inheritdoc/>
        public override string Action => string.Create(CultureInfo.InvariantCulture, $"x{Factor:0.###}");

        /// <inheritdoc/>
        public override Scenario Apply(Scenario scenario)
        {
            ArgumentNullException.ThrowIfNull(scenario);
            var net = scenario.Network;
            var nodes = net.Nodes.Select(n => n.Id != Node ? n : n with
            {
                StorageTonnes = n.StorageTonnes * Factor,
                StorageCubicMetres = n.StorageCubicMetres * Factor,
            }).ToArray();
            return scenario with { Network = new TransportNetwork(net.Detour, nodes, net.Links) };
        }
    }

    /// <summary>A link made resilient: every hazard on it removed (the others keep their streams and draws).</summary>
    /// <param name="Link">The link.</param>
    public sealed record HazardsRemoved(LinkId Link) : ScenarioChange("link", Link.Value)
    {
        /// <inheritdoc/>
        public override bool IsGain => true;

        /// <inheritdoc/>
        public override string Action => "hazards removed";

        /// <inheritdoc/>
        public override Scenario Apply(Scenario scenario)
        {
            ArgumentNullException.ThrowIfNull(scenario);
            return scenario with { Hazards = scenario.Hazards.Where(h => h.Link != Link).ToArray() };
        }
    }
}
