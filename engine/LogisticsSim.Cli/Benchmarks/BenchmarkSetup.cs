// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Cli.Sweeps;
using LogisticsSim.Core.Experiments.Benchmarks;
using LogisticsSim.Core.Experiments.Sweeps;
using LogisticsSim.Core.Strategies;

namespace LogisticsSim.Cli.Benchmarks;

/// <summary>
/// A benchmark made ready to run: the protocol read and checked, the strategies of <c>--strategies</c> in place of
/// its own (each with its budget), the baseline and reference found among them, and the sweep it runs as. Every
/// problem is refused here, before anything runs.
/// </summary>
public sealed class BenchmarkSetup
{
    private BenchmarkSetup(BenchmarkProtocol protocol, SweepSetup sweep, string baseline, string reference)
    {
        Protocol = protocol;
        Sweep = sweep;
        Baseline = baseline;
        Reference = reference;
    }

    public BenchmarkProtocol Protocol { get; }

    /// <summary>The sweep the benchmark runs as: every scenario x strategy x replication, no grid.</summary>
    public SweepSetup Sweep { get; }

    /// <summary>The strategy every other is paired with.</summary>
    public string Baseline { get; }

    /// <summary>The strategy gaps are measured to; the ranking falls back on the baseline when it is not among the strategies.</summary>
    public string Reference { get; }

    /// <summary>The strategies run, as labels and what runs them (budgets folded in).</summary>
    public IReadOnlyList<ExperimentStrategy> Strategies => Sweep.Plan.Experiment.Strategies;

    /// <summary>Reads and checks everything, or throws a <see cref="UserInputException"/> listing every problem.</summary>
    /// <param name="suite">A suite's folder (holding protocol.yaml) or a protocol file.</param>
    /// <param name="strategies">The <c>--strategies</c> list, or null for the protocol's.</param>
    /// <param name="baseline">The <c>--baseline</c>, or null for the protocol's.</param>
    /// <param name="reference">The <c>--reference</c>, or null for the protocol's.</param>
    /// <param name="warnings">Where an exec strategy reports trouble.</param>
    public static BenchmarkSetup Load(string suite, string? strategies, string? baseline, string? reference, TextWriter? warnings = null)
    {
        if (!Directory.Exists(suite) && !File.Exists(suite))
        {
            throw new UserInputException($"{suite}: no such file or folder; expected a suite's folder (holding {BenchmarkProtocol.FileName}) or a protocol file");
        }
        var loaded = ProtocolLoader.Load(suite, StrategyCatalog.Descriptors);
        if (loaded.Protocol is not { } protocol)
        {
            int n = loaded.Errors.Count;
            throw new UserInputException($"{loaded.ErrorReport}\n{n} error{(n == 1 ? "" : "s")} in the protocol {suite}; nothing was run.");
        }
        var lineup = strategies is null ? protocol.Strategies : Lineup(strategies, protocol);
        string chosenBaseline = baseline ?? protocol.Baseline, chosenReference = reference ?? protocol.Reference;
        var labels = lineup.Select(s => s.Label).ToArray();
        if (!labels.Contains(chosenBaseline))
        {
            throw new UserInputException($"error: {(baseline is null ? "--strategies" : "--baseline")}: found no strategy '{chosenBaseline}' among {string.Join(", ", labels)}, " +
                "expected the baseline, which every other strategy is paired with, among them: add it to --strategies, or choose another with --baseline");
        }
        if (reference is not null && !labels.Contains(reference))
        {
            throw new UserInputException($"error: --reference: found no strategy '{reference}' among {string.Join(", ", labels)}, expected one of them (add it to --strategies)");
        }
        if (chosenReference == chosenBaseline)
        {
            throw new UserInputException($"error: --reference: found '{chosenReference}', the baseline too, expected another strategy: gaps to the baseline are its paired differences");
        }
        return new BenchmarkSetup(protocol, SweepSetup.From(protocol.ToExperiment(lineup), warnings), chosenBaseline, chosenReference);
    }

    /// <summary>
    /// The strategies of <c>--strategies</c>: each the label of one of the protocol's (which runs as the protocol says),
    /// or a strategy as <c>--strategy</c> takes it, labelled by <see cref="StrategyLabels.Of"/>.
    /// </summary>
    private static List<ExperimentStrategy> Lineup(string text, BenchmarkProtocol protocol)
    {
        var lineup = new List<ExperimentStrategy>();
        var problems = new List<string>();
        foreach (string written in StrategyReference.SplitList(text))
        {
            var strategy = protocol.Strategies.FirstOrDefault(s => s.Label == written) ?? new ExperimentStrategy(StrategyLabels.Of(written), written);
            StrategyCatalog.Descriptors.Resolve(strategy.Use, [], out var found);
            if (found.Count > 0)
            {
                problems.AddRange(found.Select(p => p.Option is null ? $"error: --strategies: {p}" : $"error: --strategies: {written}: {p}"));
            }
            else if (!StrategyLabels.IsValid(strategy.Label))
            {
                problems.Add($"error: --strategies: found '{written}', which cannot be named by its program, expected a strategy with a name: give it one in the protocol ({{name: LABEL, use: STRATEGY}})");
            }
            else if (lineup.FirstOrDefault(s => s.Label == strategy.Label) is { } twin)
            {
                problems.Add($"error: --strategies: found two strategies named '{strategy.Label}' ('{twin.Use}' and '{written}'), expected different names: " +
                    "give them names in the protocol ({name: LABEL, use: STRATEGY}) and list the names");
            }
            else
            {
                lineup.Add(strategy);
            }
        }
        if (problems.Count == 0 && lineup.Count == 0) problems.Add($"error: --strategies: found '{text}', expected one or more strategies, e.g. fcfs,priority");
        if (problems.Count > 0) throw new UserInputException(string.Join("\n", problems));
        return lineup;
    }
}
