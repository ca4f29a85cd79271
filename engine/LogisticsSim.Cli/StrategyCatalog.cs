// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Optimization.Strategies;

namespace LogisticsSim.Cli;

/// <summary>The strategies the command knows by name; each call makes a fresh instance (one per replication).</summary>
public static class StrategyCatalog
{
    private static readonly SortedDictionary<string, Func<Scenario, IStrategy>> Factories = new(StringComparer.Ordinal)
    {
        ["fcfs"] = _ => new FcfsStrategy(),
        ["priority"] = _ => new PriorityStrategy(),
        ["ortools"] = scenario => new OrToolsStrategy(OrToolsOptions(scenario)),
    };

    /// <summary>The settings a strategy ran with, for the manifest (solver parameters make results what they are).</summary>
    public static string Settings(string name, Scenario scenario) =>
        name == "ortools" ? OrToolsOptions(scenario).ToString() : "none";

    /// <summary>The ortools settings: the scenario's strategy section when it names ortools, else the defaults.</summary>
    private static OrToolsStrategyOptions OrToolsOptions(Scenario scenario)
    {
        if (scenario.Strategy.Name != "ortools") return OrToolsStrategyOptions.Default;
        try
        {
            return OrToolsStrategyOptions.From(scenario.Strategy);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
        {
            throw new UserInputException($"error: strategy options: {e.Message}");
        }
    }

    public static IEnumerable<string> Names => Factories.Keys;

    /// <summary>The factory for a name (the scenario's own strategy when null), or a clear error listing the names.</summary>
    /// <param name="name">A known name, <c>exec:COMMAND</c> (a program in any language) or a .dll path (<c>assembly:PATH[:Type]</c>).</param>
    /// <param name="scenario">The scenario, whose strategy section gives options.</param>
    /// <param name="warnings">Where an exec strategy reports a crash, hang or bad answer before falling back.</param>
    /// <param name="label">The name an experiment gives the strategy, for messages.</param>
    public static Func<IStrategy> For(string? name, Scenario scenario, TextWriter? warnings = null, string? label = null)
    {
        string chosen = name ?? scenario.Strategy.Name;
        if (Strategies.ExecOptions.IsExec(chosen))
        {
            var options = Strategies.ExecOptions.Parse(chosen);
            return () => new Strategies.ExecStrategy(label ?? chosen, options, warnings);
        }
        if (Strategies.AssemblyStrategies.IsAssembly(chosen))
        {
            var make = Strategies.AssemblyStrategies.For(chosen);
            try
            {
                make(scenario.Strategy);
            }
            catch (System.Reflection.TargetInvocationException e)
            {
                throw new UserInputException($"error: --strategy: {chosen}: its constructor failed ({e.InnerException?.Message})");
            }
            return () => make(scenario.Strategy);
        }
        if (!Factories.TryGetValue(chosen, out var factory))
        {
            throw new UserInputException($"error: unknown strategy '{chosen}': expected one of {string.Join(", ", Names)}, exec:COMMAND or a strategy .dll");
        }
        factory(scenario); // fail here, before any run starts, on bad options
        return () => factory(scenario);
    }
}
