// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Scenarios.Reading;
using LogisticsSim.Core.Text;

namespace LogisticsSim.Core.Strategies;

/// <summary>
/// The strategies a program knows, by name. Core knows only its own (<see cref="Builtin"/>); the command
/// line adds the optimiser and the strategies from outside, and hands the whole set to the scenario and
/// experiment loaders, which check every strategy name and option against it.
/// </summary>
public sealed class StrategyDescriptors
{
    private readonly SortedDictionary<string, StrategyDescriptor> _byName = new(StringComparer.Ordinal);

    /// <summary>A set of descriptors; names must differ.</summary>
    public StrategyDescriptors(IEnumerable<StrategyDescriptor> descriptors)
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        foreach (var d in descriptors)
        {
            if (!_byName.TryAdd(d.Name, d)) throw new ArgumentException($"two strategies named '{d.Name}'", nameof(descriptors));
        }
    }

    /// <summary>The strategies Core itself has: fcfs, priority and lazy.</summary>
    public static StrategyDescriptors Builtin { get; } = new([FcfsStrategy.Descriptor, PriorityStrategy.Descriptor, LazyStrategy.Descriptor]);

    /// <summary>Every descriptor, by name.</summary>
    public IReadOnlyCollection<StrategyDescriptor> All => _byName.Values;

    /// <summary>The descriptor of that name, or null.</summary>
    public StrategyDescriptor? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// The strategy <paramref name="text"/> names, checked with its options: those written elsewhere
    /// (<paramref name="inherited"/>, such as the scenario's keys) first, then those in its brackets. Null
    /// with every problem when the name is unknown, the argument missing or an option wrong; problems
    /// about bracket options name the option.
    /// </summary>
    public StrategySettings? Resolve(string text, IEnumerable<KeyValuePair<string, string>> inherited, out IReadOnlyList<StrategyProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(inherited);
        if (Describe(text, out var reference, out var problem) is not { } descriptor)
        {
            problems = [problem!];
            return null;
        }
        var settings = StrategySettings.Read(descriptor, reference!.Argument, inherited.Concat(reference.Options), out var found);
        problems = found.Select(Owners).ToArray();
        return settings;
    }

    /// <summary>
    /// <see cref="StrategyDescriptor.Check"/>, and for an option this strategy does not take, which known
    /// strategies do take it (<c>replan_every</c> under <c>priority</c> is most likely meant for <c>ortools</c>).
    /// </summary>
    public StrategyProblem? Check(StrategyDescriptor descriptor, string option, string value)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return descriptor.Check(option, value) is { } problem ? Owners(problem) : null;
    }

    private StrategyProblem Owners(StrategyProblem problem)
    {
        if (!problem.UnknownOption) return problem;
        var owners = _byName.Values.Where(d => d.Option(problem.Option!) is not null).Select(d => d.Name).ToArray();
        return owners.Length == 0 ? problem : problem with { Expected = $"{problem.Expected} ({problem.Option} is an option of {string.Join(", ", owners)})" };
    }

    /// <summary>
    /// The descriptor of the strategy <paramref name="text"/> names and the parsed reference, or null and
    /// the problem: bad syntax, an unknown name (with a did-you-mean and the names known), an argument
    /// missing or one the strategy does not take. Options are not checked here.
    /// </summary>
    public StrategyDescriptor? Describe(string text, out StrategyReference? reference, out StrategyProblem? problem)
    {
        reference = StrategyReference.Parse(text, out problem);
        if (reference is null) return null;
        if (Find(reference.Name) is not { } descriptor)
        {
            string[] names = _byName.Keys.ToArray();
            string hint = DidYouMean.Hint(reference.Name, names);
            problem = new StrategyProblem(null, $"unknown strategy '{reference.Name}'", $"{Expected}{hint}");
            return null;
        }
        if (descriptor.Argument is { } argument && reference.Argument is null)
        {
            problem = new StrategyProblem(null, $"'{text.Trim()}'", $"{descriptor.Usage}: '{descriptor.Name}' needs a {argument.ToLowerInvariant()} after a colon");
            return null;
        }
        if (descriptor.Argument is null && reference.Argument is not null)
        {
            problem = new StrategyProblem(null, $"'{text.Trim()}'", $"'{descriptor.Name}' alone: it takes nothing after a colon");
            return null;
        }
        return descriptor;
    }

    /// <summary>"one of fcfs, ortools, priority, assembly:PATH.dll or exec:COMMAND": every way to name a strategy.</summary>
    public string Expected
    {
        get
        {
            // Names that stand alone first, then the forms that take an argument.
            var usages = _byName.Values.OrderBy(d => d.Argument is not null).Select(d => d.Usage).ToArray();
            return usages.Length == 1 ? usages[0] : "one of " + string.Join(", ", usages[..^1]) + " or " + usages[^1];
        }
    }
}
