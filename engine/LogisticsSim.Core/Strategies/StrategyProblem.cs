// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Strategies;

/// <summary>
/// One thing wrong with a strategy reference or its options, worded "found X, expected Y" like every
/// input error; the caller says where it was written (a scenario line, a command-line option).
/// </summary>
/// <param name="Option">The option at fault, or null when it is the strategy's name or argument.</param>
/// <param name="Found">What was written, as written (text in single quotes).</param>
/// <param name="Expected">What would be valid, with a did-you-mean hint where one is close.</param>
public sealed record StrategyProblem(string? Option, string Found, string Expected)
{
    /// <summary>True when the option is one the strategy does not take (<see cref="Found"/> then names it).</summary>
    public bool UnknownOption { get; init; }

    /// <summary>What was found, naming the option where <see cref="Found"/> does not (<c>solution_limit 'abc'</c>): for messages located at a whole reference.</summary>
    public string FoundWithOption => Option is null || UnknownOption ? Found : $"{Option} {Found}";

    /// <summary><c>found X, expected Y</c>.</summary>
    public string Message => $"found {Found}, expected {Expected}";

    /// <summary><c>option: found X, expected Y</c>, or the message alone where it names what is wrong itself.</summary>
    public override string ToString() => Option is null || UnknownOption ? Message : $"{Option}: {Message}";
}
