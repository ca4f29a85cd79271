// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Strategies;

namespace LogisticsSim.Core.Scenarios.Validation;

/// <summary>
/// The <c>strategy</c> section names a known strategy and gives only options it takes, each of the right
/// kind and in range. The reader keeps the section as text (it cannot know what each strategy takes:
/// the optimiser and the strategies from outside live in other projects); the caller passes the known
/// strategies, and this check points at the key or value at fault.
/// </summary>
internal sealed class StrategyValidator(StrategyDescriptors known) : IScenarioValidator
{
    private const string NamePath = "strategy.name";

    public IEnumerable<ScenarioError> Validate(Scenario scenario, SourceMap source)
    {
        if (source.HasErrorAt("strategy")) return [];
        var spec = scenario.Strategy;
        // "strategy: priority" has no name key: its errors point at the section.
        string namePath = source.Contains(NamePath) ? NamePath : "strategy";
        if (known.Describe(spec.Name, out var reference, out var problem) is not { } descriptor)
        {
            return [source.Error(namePath, problem!.Found, problem.Expected)];
        }
        var errors = new List<ScenarioError>();
        foreach (var (option, value) in spec.Options)
        {
            string path = $"strategy.{option}";
            if (known.Check(descriptor, option, value) is not { } wrong) continue;
            // An option the strategy does not take is pointed at its key; a bad value at the value.
            errors.Add(wrong.UnknownOption ? source.KeyError(path, wrong.Found, wrong.Expected) : source.Error(path, wrong.Found, wrong.Expected));
        }
        foreach (var (option, value) in reference!.Options)
        {
            if (known.Check(descriptor, option, value) is not { } wrong) continue;
            errors.Add(source.Error(namePath, wrong.FoundWithOption, wrong.Expected));
        }
        return errors;
    }
}
