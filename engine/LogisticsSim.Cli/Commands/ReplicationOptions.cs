// SPDX-License-Identifier: Apache-2.0
using System.CommandLine;

namespace LogisticsSim.Cli.Commands;

/// <summary>What `run` and `compare` both take: a scenario, a seed, replications, an output folder and threads.</summary>
public sealed class ReplicationOptions
{
    public ReplicationOptions(int defaultReplications, string replicationsHelp, string outputHelp)
    {
        Replications = new Option<int>("--replications", "-r") { Description = replicationsHelp, DefaultValueFactory = _ => defaultReplications };
        Output = new Option<string?>("--out", "-o") { Description = outputHelp };
    }

    public Argument<string?> Scenario { get; } = new("scenario")
    {
        Description = "Scenario file (YAML); the shipped Idai-Beira scenario when left out.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<long?> Seed { get; } = new("--seed") { Description = "Master seed (default: the scenario's)." };
    public Option<int> Replications { get; }
    public Option<string?> Output { get; }
    public Option<int?> Threads { get; } = new("--threads") { Description = "Threads at most (default: all cores); results do not depend on it." };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Scenario);
        foreach (var option in new Option[] { Seed, Replications, Output, Threads }) command.Options.Add(option);
    }

    /// <summary>The replication count, at least <paramref name="minimum"/>, and a thread cap that is positive if given.</summary>
    public int CheckedReplications(ParseResult parsed, int minimum, string why)
    {
        int reps = parsed.GetValue(Replications);
        if (reps < minimum) throw new UserInputException($"error: --replications: found {reps}, expected a whole number >= {minimum}{why}");
        if (parsed.GetValue(Threads) is < 1) throw new UserInputException("error: --threads: expected a whole number >= 1");
        return reps;
    }
}
