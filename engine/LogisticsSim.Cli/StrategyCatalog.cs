// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Cli.Strategies;
using LogisticsSim.Core.Hindsight;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Optimization.Strategies;

namespace LogisticsSim.Cli;

/// <summary>
/// The strategies the command knows, gathered here where every project is visible: Core's rules, the
/// optimiser, and the strategies from outside (exec:, assemblies). Their descriptors check the scenario's
/// <c>strategy</c> section, experiment files and the command line alike; each factory call makes a fresh
/// instance (one per replication).
/// </summary>
public static class StrategyCatalog
{
    /// <summary>Every strategy's name and options.</summary>
    public static StrategyDescriptors Descriptors { get; } = new(
    [
        FcfsStrategy.Descriptor, PriorityStrategy.Descriptor, LazyStrategy.Descriptor, OrToolsStrategyOptions.Descriptor,
        HindsightOptions.Descriptor, ExecOptions.Descriptor, AssemblyStrategies.Descriptor,
    ]);

    private delegate Func<IStrategy> Maker(StrategySettings settings, string written, string label, TextWriter? warnings);

    /// <summary>How each descriptor's strategy is built from its checked settings (options are read once, not per replication).</summary>
    private static readonly Dictionary<string, Maker> Makers = new(StringComparer.Ordinal)
    {
        [FcfsStrategy.Descriptor.Name] = (_, _, _, _) => () => new FcfsStrategy(),
        [PriorityStrategy.Descriptor.Name] = (_, _, _, _) => () => new PriorityStrategy(),
        [LazyStrategy.Descriptor.Name] = (settings, _, _, _) =>
        {
            var options = LazyOptions.From(settings);
            return () => new LazyStrategy(options);
        },
        [OrToolsStrategyOptions.Descriptor.Name] = (settings, _, _, _) =>
        {
            var options = OrToolsStrategyOptions.From(settings);
            return () => new OrToolsStrategy(options);
        },
        [HindsightOptions.Descriptor.Name] = (settings, _, _, _) =>
        {
            var options = HindsightOptions.From(settings);
            return () => new HindsightStrategy(options);
        },
        [ExecOptions.Descriptor.Name] = (settings, _, label, warnings) =>
        {
            var options = ExecOptions.From(settings);
            return () => new ExecStrategy(label, options, warnings);
        },
        [AssemblyStrategies.Descriptor.Name] = (settings, written, _, _) =>
        {
            var make = AssemblyStrategies.For(settings.Argument!);
            var spec = new StrategySpec(written, settings.Given);
            try
            {
                make(spec); // fail here, before any run starts
            }
            catch (System.Reflection.TargetInvocationException e)
            {
                throw new UserInputException($"error: --strategy: {written}: its constructor failed ({e.InnerException?.Message})");
            }
            return () => make(spec);
        },
    };

    /// <summary>The factory for a strategy (the scenario's own when null), or a clear error naming what is wrong.</summary>
    /// <param name="name">
    /// A strategy as written: <c>ortools</c>, <c>ortools[replan_every=2h,solution_limit=50]</c>, <c>exec[timeout=5s]:COMMAND</c>,
    /// a strategy .dll. The scenario's options apply when it names the same strategy; options in brackets override them.
    /// </param>
    /// <param name="scenario">The scenario, whose strategy section gives options.</param>
    /// <param name="warnings">Where an exec strategy reports a crash, hang or bad answer before falling back.</param>
    /// <param name="label">The name an experiment gives the strategy, for messages.</param>
    /// <param name="option">The command-line option the name came from, for messages.</param>
    public static Func<IStrategy> For(string? name, Scenario scenario, TextWriter? warnings = null, string? label = null, string option = "--strategy")
    {
        var (settings, written) = Resolve(name, scenario, option);
        return Makers[settings.Descriptor.Name](settings, written, label ?? written, warnings);
    }

    /// <summary>True for a reference that knows what no policy can (<c>hindsight</c>): outputs label it as one.</summary>
    public static bool IsReference(string name) => Descriptors.Find(name)?.IsReference == true;

    /// <summary>A strategy's name as tables show it: <c>hindsight (reference)</c> for a reference, the name alone otherwise.</summary>
    public static string Label(string name) => IsReference(name) ? $"{name} (reference)" : name;

    /// <summary>The settings a strategy runs with, every option with its value in force, for the manifest (solver parameters make results what they are).</summary>
    public static string Settings(string? name, Scenario scenario) => Resolve(name, scenario, "--strategy").Settings.ToString();

    /// <summary>
    /// The strategies of a comma-separated list (<c>fcfs,priority,ortools[replan_every=2h,solution_limit=50]</c>: commas in
    /// brackets belong to the options), two or more and all different, or a clear error naming <paramref name="option"/>.
    /// </summary>
    public static string[] List(string text, string option)
    {
        var names = StrategyReference.SplitList(text).ToArray();
        // Two entries that differ only in options would both report as the same strategy.
        var keys = names.Select(n => StrategyReference.Parse(n, out _)?.Key ?? n).ToArray();
        if (names.Length < 2 || keys.Distinct(StringComparer.Ordinal).Count() != keys.Length)
        {
            throw new UserInputException($"error: {option}: found '{text}', expected two or more different strategies, e.g. fcfs,priority " +
                "(to compare one strategy's settings, give each a name in an experiment: see 'sweep')");
        }
        return names;
    }

    /// <summary>Reads and checks the strategy and its options, the scenario's first, then those in brackets.</summary>
    private static (StrategySettings Settings, string Written) Resolve(string? name, Scenario scenario, string option)
    {
        string written = name ?? scenario.Strategy.Name;
        var own = StrategyReference.Parse(scenario.Strategy.Name, out _);
        var chosen = StrategyReference.Parse(written, out _);
        IEnumerable<KeyValuePair<string, string>> inherited = own is not null && own.Key == chosen?.Key
            ? scenario.Strategy.Options.Concat(own.Options)
            : [];
        var settings = Descriptors.Resolve(written, inherited, out var problems);
        if (settings is not null) return (settings, written);
        string where = name is null ? "the scenario's strategy" : option;
        throw new UserInputException(string.Join("\n", problems.Select(p =>
            p.Option is null ? $"error: {where}: {p}" : $"error: {where}: {written}: {p}")));
    }
}
