// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Text;

namespace LogisticsSim.Core.Strategies;

/// <summary>
/// A strategy's options read and checked against its <see cref="StrategyDescriptor"/>: each declared
/// option holds the value given or its default, typed. A strategy builds itself from these, so that a
/// value it reads has already been checked where it was written.
/// </summary>
public sealed class StrategySettings
{
    private readonly Dictionary<string, object> _values;

    private StrategySettings(StrategyDescriptor descriptor, string? argument, SortedDictionary<string, string> given, Dictionary<string, object> values)
    {
        Descriptor = descriptor;
        Argument = argument;
        Given = given;
        _values = values;
    }

    /// <summary>The strategy these settings are for.</summary>
    public StrategyDescriptor Descriptor { get; }

    /// <summary>What followed <c>NAME:</c> (a command, an assembly path), or null.</summary>
    public string? Argument { get; }

    /// <summary>The options as written (a later one of a name replacing an earlier one), sorted by name.</summary>
    public IReadOnlyDictionary<string, string> Given { get; }

    /// <summary>The defaults alone.</summary>
    public static StrategySettings Defaults(StrategyDescriptor descriptor, string? argument = null) =>
        Read(descriptor, argument, [], out var problems) ?? throw new ArgumentException(
            $"strategy '{descriptor.Name}' declares a default that its own check refuses: {string.Join("; ", problems)}", nameof(descriptor));

    /// <summary>
    /// Reads <paramref name="options"/> (in order: a later value of a name replaces an earlier one, so
    /// options given on the command line follow the scenario's); null with every problem when any is wrong.
    /// </summary>
    public static StrategySettings? Read(StrategyDescriptor descriptor, string? argument, IEnumerable<KeyValuePair<string, string>> options,
        out IReadOnlyList<StrategyProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(options);
        var found = new List<StrategyProblem>();
        var given = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in options) given[name] = value;
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in given)
        {
            if (descriptor.Check(name, value) is { } problem) found.Add(problem);
            else if (descriptor.Option(name) is { } declared) values[name] = declared.Read(value, out _)!;
        }
        foreach (var option in descriptor.Options.Where(o => !values.ContainsKey(o.Name) && o.Default is not null))
        {
            if (option.Read(option.Default!, out var problem) is { } value) values[option.Name] = value;
            else found.Add(problem! with { Found = $"the default {problem.Found}" });
        }
        problems = found;
        return found.Count == 0 ? new StrategySettings(descriptor, argument, given, values) : null;
    }

    /// <summary>True when the option was written (not merely defaulted).</summary>
    public bool IsGiven(string name) => Given.ContainsKey(name);

    /// <summary>A duration option, or null when it has no value and no default.</summary>
    public TimeSpan? Duration(string name) => Get<TimeSpan>(name, StrategyOptionKind.Duration);

    /// <summary>A whole-number option, or null when it has no value and no default.</summary>
    public long? WholeNumber(string name) => Get<long>(name, StrategyOptionKind.WholeNumber);

    /// <summary>A number option, or null when it has no value and no default.</summary>
    public double? Number(string name) => Get<double>(name, StrategyOptionKind.Number);

    /// <summary>A true/false option, or null when it has no value and no default.</summary>
    public bool? Flag(string name) => Get<bool>(name, StrategyOptionKind.Bool);

    /// <summary>A choice (or text) option, or null when it has no value and no default.</summary>
    public string? Choice(string name)
    {
        Declared(name, StrategyOptionKind.Choice, StrategyOptionKind.Text);
        return _values.TryGetValue(name, out var v) ? (string)v : null;
    }

    /// <summary>
    /// Every declared option with the value in force (<c>replan_every=6h; search=guided; time_limit=none</c>),
    /// then any undeclared option passed on: for the manifest, since these settings make
    /// the results what they are. "none" when there is nothing to say.
    /// </summary>
    public override string ToString()
    {
        var parts = Descriptor.Options.Select(o => $"{o.Name}={(_values.TryGetValue(o.Name, out var v) ? Text(v) : "none")}")
            .Concat(Given.Where(g => Descriptor.Option(g.Key) is null).Select(g => $"{g.Key}={g.Value}"))
            .ToList();
        return parts.Count == 0 ? "none" : string.Join("; ", parts);
    }

    private static string Text(object value) => value switch
    {
        TimeSpan d => DurationText.Format(d),
        double x => x.ToString("0.######", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private T? Get<T>(string name, StrategyOptionKind kind)
        where T : struct
    {
        Declared(name, kind);
        return _values.TryGetValue(name, out var v) ? (T)v : null;
    }

    /// <summary>Asking for an option the strategy does not declare, or as another kind, is a programmer error.</summary>
    private void Declared(string name, params StrategyOptionKind[] kinds)
    {
        var option = Descriptor.Option(name) ?? throw new ArgumentException($"strategy '{Descriptor.Name}' declares no option '{name}'", nameof(name));
        if (!kinds.Contains(option.Kind)) throw new ArgumentException($"option '{name}' of '{Descriptor.Name}' is a {option.Kind}, not a {kinds[0]}", nameof(name));
    }
}
