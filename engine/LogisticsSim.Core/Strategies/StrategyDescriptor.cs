// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Text;

namespace LogisticsSim.Core.Strategies;

/// <summary>
/// What a strategy is called and which options it takes. Each strategy declares one beside its code
/// (<see cref="FcfsStrategy.Descriptor"/>, the optimiser's in its own project, the ones from outside in the
/// command line); <see cref="StrategyDescriptors"/> gathers them where all are visible.
/// </summary>
/// <param name="Name">The name written in a scenario or on the command line (<c>priority</c>, <c>exec</c>).</param>
/// <param name="Summary">One line saying what the strategy does.</param>
/// <param name="Options">The options it takes, in the order the docs list them; empty when it takes none.</param>
public sealed record StrategyDescriptor(string Name, string Summary, IReadOnlyList<StrategyOption> Options)
{
    /// <summary>
    /// What follows <c>NAME:</c> when the strategy needs it (<c>COMMAND</c> for <c>exec:COMMAND</c>), or null
    /// when the name stands alone.
    /// </summary>
    public string? Argument { get; init; }

    /// <summary>
    /// True when options it does not declare are passed on as text rather than refused: a strategy
    /// assembly from outside reads its own options, which this program cannot know.
    /// </summary>
    public bool OpenOptions { get; init; }

    /// <summary>
    /// True for a reference that knows what no policy can (the hindsight strategy sees the whole replication
    /// in advance): outputs label it so, and it is there to measure policies against, not to be deployed.
    /// </summary>
    public bool IsReference { get; init; }

    /// <summary>How the strategy is written: <c>fcfs</c>, <c>exec:COMMAND</c>.</summary>
    public string Usage => Argument is null ? Name : $"{Name}:{Argument}";

    /// <summary>The declared option of that name, or null.</summary>
    public StrategyOption? Option(string name) => Options.FirstOrDefault(o => o.Name == name);

    /// <summary>
    /// Checks one option as written: a problem when this strategy does not take it (with a did-you-mean)
    /// or its value is of the wrong kind or out of range; null when it is fine.
    /// </summary>
    public StrategyProblem? Check(string option, string value)
    {
        ArgumentNullException.ThrowIfNull(option);
        ArgumentNullException.ThrowIfNull(value);
        if (Option(option) is { } declared)
        {
            declared.Read(value, out var problem);
            return problem;
        }
        if (OpenOptions) return value.Trim().Length > 0 ? null : new StrategyProblem(option, "an empty value", "a value");
        string[] names = Options.Select(o => o.Name).ToArray();
        string expected = names.Length == 0
            ? $"no options: '{Name}' takes none"
            : DidYouMean.OneOf(names, shown: int.MaxValue) + DidYouMean.Hint(option, names);
        return new StrategyProblem(option, $"unknown option '{option}' for strategy '{Name}'", expected) { UnknownOption = true };
    }
}
