// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Hazards;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;
using YamlDotNet.RepresentationModel;
using LogisticsSim.Core.Text;

namespace LogisticsSim.Core.Scenarios.Reading;

/// <summary>
/// Walks the YAML tree by hand into a draft <see cref="Scenario"/>, checking each value where it stands
/// (type, unit, range, unknown and missing keys). It never drops an entry: one that fails keeps its
/// place with placeholder values, so that list index i in the scenario is entry i in the file and
/// validators can name it. Sections are read in dependency order (items and nodes before what refers
/// to them) whatever their order in the file.
/// </summary>
internal sealed partial class ScenarioReader
{
    private readonly ReadContext _ctx;
    private readonly Dictionary<NodeId, Node> _nodes = [];
    private readonly Dictionary<ItemId, Item> _items = [];
    private TransportNetwork _network = new(DefaultDetour, [], []);
    private SimTime _horizon = SimTime.Zero;

    private ScenarioReader(ReadContext ctx) => _ctx = ctx;

    /// <summary>Road km per great-circle km when the file states none: typical circuity of road networks is 1.2 to 1.4.</summary>
    public const double DefaultDetour = 1.3;

    /// <summary>The draft scenario, or null when the document is not a mapping at all.</summary>
    public static Scenario? Read(ReadContext ctx, YamlNode root)
    {
        if (root is not YamlMappingNode map)
        {
            string found = root is YamlScalarNode s && Scalars.IsNull(s) ? "an empty document" : ReadContext.Describe(root);
            ctx.Report(ScenarioError.FilePath, root, found, "a mapping with the keys " + string.Join(", ", ScenarioKeys.Root));
            return null;
        }
        return new ScenarioReader(ctx).ReadRoot(new MappingReader(ctx, map, "", ScenarioKeys.Root));
    }

    private Scenario ReadRoot(MappingReader root)
    {
        var (name, description) = ReadInfo(root);
        // A missing or bad horizon is reported once; windows that default to it then stay quiet.
        _horizon = root.RequiredDuration("horizon", positive: true) ?? SimTime.MaxValue;
        long seed = root.Optional("seed") is { } s ? ValueReader.Seed(_ctx, s, "seed") ?? 1 : 1;
        var items = Entries(root, "items", required: true, ScenarioKeys.Item, ReadItem);
        foreach (var item in items) _items.TryAdd(item.Id, item);
        ReadNetwork(root);
        var fleet = Entries(root, "fleet", required: true, ScenarioKeys.Vehicle, ReadVehicle);
        var stock = Entries(root, "stock", required: false, ScenarioKeys.Stock, ReadStock);
        var supply = ReadSupply(root);
        var demand = ReadDemand(root);
        var hazards = ReadHazards(root);
        var breakdowns = Entries(root, "breakdowns", required: false, ScenarioKeys.Breakdown, ReadBreakdown);
        var strategy = ReadStrategy(root);
        var planning = ReadPlanning(root);
        var objective = ReadObjective(root);
        // Read-only wrappers: a caller cannot cast a list back and change a loaded scenario.
        return new Scenario(name, description, _horizon, seed, _network, fleet.AsReadOnly(), items.AsReadOnly(), stock.AsReadOnly(),
            demand, hazards.AsReadOnly(), breakdowns.AsReadOnly(), strategy) { Planning = planning, Objective = objective, Supply = supply.AsReadOnly() };
    }

    private (string Name, string? Description) ReadInfo(MappingReader root)
    {
        const string expected = "a mapping {name: ..., description: ...}";
        if (root.Required("scenario", expected) is not { } node) return ("", null);
        if (Section(node, "scenario", expected, ScenarioKeys.Info) is not { } info) return ("", null);
        return (info.RequiredText("name", "a scenario name") ?? "", info.OptionalText("description", "a description"));
    }

    /// <summary>The mapping under a key, or null after reporting that it is something else.</summary>
    private MappingReader? Section(YamlNode node, string path, string expected, IReadOnlyList<string>? keys)
    {
        if (node is YamlMappingNode map) return new MappingReader(_ctx, map, path, keys);
        _ctx.Report(path, node, ReadContext.Describe(node), expected);
        return null;
    }

    /// <summary>
    /// Reads every entry of the list under <paramref name="key"/>. An entry that is not a mapping is
    /// reported and read as an empty mapping, so that it still yields a (placeholder) record in its place.
    /// </summary>
    private List<T> Entries<T>(MappingReader parent, string key, bool required, IReadOnlyList<string> keys, Func<MappingReader, T> read)
    {
        string path = parent.PathOf(key);
        string expected = $"a list of mappings with the keys {string.Join(", ", keys)}";
        var node = required ? parent.Required(key, expected) : parent.Optional(key);
        var result = new List<T>();
        if (node is null) return result;
        if (node is not YamlSequenceNode list)
        {
            _ctx.Report(path, node, ReadContext.Describe(node), expected);
            return result;
        }
        for (int i = 0; i < list.Children.Count; i++)
        {
            string entryPath = $"{path}[{i}]";
            var entry = list.Children[i];
            if (entry is not YamlMappingNode map)
            {
                _ctx.Report(entryPath, entry, ReadContext.Describe(entry), $"a mapping with the keys {string.Join(", ", keys)}");
                map = new YamlMappingNode();
                _ctx.Note(entryPath, entry);
                result.Add(read(new MappingReader(new ReadContext(_ctx.Source.File), map, entryPath, keys)));
                continue;
            }
            result.Add(read(new MappingReader(_ctx, map, entryPath, keys)));
        }
        return result;
    }

    private Item ReadItem(MappingReader m) => new(
        new ItemId(m.RequiredText("id", "an item id") ?? ""),
        m.OptionalText("name", "a display name"),
        m.RequiredNumber("t_per_m3", NumberRange.Positive, "tonnes per m3") ?? 1);

    private VehicleType ReadVehicle(MappingReader m) => new(
        new VehicleTypeId(m.RequiredText("id", "a fleet id") ?? ""),
        m.OptionalText("name", "a display name"),
        m.RequiredChoice("mode", ScenarioKeys.Modes, Modes) ?? TransportMode.Road,
        m.RequiredWholeNumber("count", 1) ?? 1,
        new NodeId(m.RequiredText("base", "a node id") ?? ""),
        m.RequiredNumber("payload_t", NumberRange.Positive, "tonnes") ?? 1,
        m.OptionalNumber("volume_m3", NumberRange.Positive, "m3"),
        m.RequiredNumber("kmh", NumberRange.Positive, "km/h") ?? 1,
        m.OptionalDuration("load_time", positive: false) ?? SimTime.Zero,
        m.OptionalDuration("unload_time", positive: false) ?? SimTime.Zero,
        m.OptionalNumber("cost_per_km", NumberRange.NonNegative, "cost per km") ?? 0,
        m.OptionalNumber("cost_per_hour", NumberRange.NonNegative, "cost per hour") ?? 0);

    private StockEntry ReadStock(MappingReader m) => new(
        new NodeId(m.RequiredText("at", "a node id") ?? ""),
        new ItemId(m.RequiredText("item", "an item id") ?? ""),
        m.RequiredNumber("t", NumberRange.NonNegative, "tonnes") ?? 0);

    private static readonly TransportMode[] Modes = [TransportMode.Road, TransportMode.Air, TransportMode.Water];

    /// <summary>
    /// The strategy's name and its options as text, each located (key and value) so that the strategy check,
    /// which knows what each strategy takes, can point at what is wrong; see <c>StrategyValidator</c>.
    /// </summary>
    private StrategySpec ReadStrategy(MappingReader root)
    {
        const string expected = "a mapping {name: ..., and the strategy's options}";
        if (root.Optional("strategy") is not { } node) return StrategySpec.Default;
        // "strategy: priority" is short for "strategy: {name: priority}".
        if (node is YamlScalarNode && ValueReader.Text(_ctx, node, "strategy", "a strategy name or " + expected) is { } shortName)
        {
            return StrategySpec.Default with { Name = shortName };
        }
        if (Section(node, "strategy", expected, keys: null) is not { } m) return StrategySpec.Default;
        string name = m.RequiredText("name", "a strategy name such as fcfs or priority") ?? StrategySpec.DefaultName;
        var options = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string key in m.Keys.Where(k => !ScenarioKeys.Strategy.Contains(k)))
        {
            if (m.Required(key, "a single option value (text or number)") is { } v && ValueReader.Text(_ctx, v, m.PathOf(key), "a single option value (text or number)") is { } text)
            {
                options[key] = text;
            }
        }
        return new StrategySpec(name, options);
    }
}
