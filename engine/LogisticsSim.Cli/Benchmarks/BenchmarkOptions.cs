// SPDX-License-Identifier: Apache-2.0
using System.CommandLine;

namespace LogisticsSim.Cli.Benchmarks;

/// <summary>The options that change what a protocol runs, shared by `benchmark` and by `slurm` on a protocol, whose tasks pass them on.</summary>
public sealed class BenchmarkOptions
{
    public Option<string?> Strategies { get; } = new("--strategies")
    {
        Description = "Strategies to rank in place of the protocol's, comma-separated: fcfs, ortools[solution_limit=50], exec:COMMAND, a .dll, or a name the protocol gives one.",
    };

    public Option<string?> Baseline { get; } = new("--baseline") { Description = "The strategy every other is paired with (default: the protocol's, priority)." };

    public Option<string?> Reference { get; } = new("--reference") { Description = "The strategy gaps are measured to, not ranked (default: the protocol's, hindsight)." };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Strategies);
        command.Options.Add(Baseline);
        command.Options.Add(Reference);
    }

    /// <summary>Reads and checks the protocol with these options, or throws a <see cref="UserInputException"/>.</summary>
    public BenchmarkSetup Load(ParseResult parsed, string suite, TextWriter? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return BenchmarkSetup.Load(suite, parsed.GetValue(Strategies), parsed.GetValue(Baseline), parsed.GetValue(Reference), warnings);
    }

    /// <summary>The options as given, as arguments for another `benchmark` (a Slurm task).</summary>
    public IReadOnlyList<string> Given(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var args = new List<string>();
        foreach (var option in new[] { Strategies, Baseline, Reference })
        {
            if (parsed.GetValue(option) is { } value) args.AddRange([option.Name, value]);
        }
        return args;
    }
}
