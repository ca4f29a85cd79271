// SPDX-License-Identifier: Apache-2.0
using System.CommandLine;
using System.Globalization;
using LogisticsSim.Core.Experiments;
using LogisticsSim.Core.Kpis;

namespace LogisticsSim.Cli.Commands;

/// <summary>
/// What `run` and `compare` both take: a scenario, a seed, replications, an output folder, threads, and a
/// precision target with the most replications it may take.
/// </summary>
public sealed class ReplicationOptions
{
    /// <summary>The most replications --precision may run when --max-replications is not given.</summary>
    public const int DefaultMaxReplications = 100;

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

    public Option<string?> Precision { get; } = new("--precision")
    {
        Description = "Add batches of --replications until a 95% interval is this narrow: 5% (half-width of fill_rate relative to its mean), " +
            "0.01 (absolute), or KPI=0.01 / KPI=5% for another KPI, e.g. on_time_rate=0.01.",
    };

    public Option<int?> MaxReplications { get; } = new("--max-replications")
    {
        Description = $"The most replications --precision may run (default {DefaultMaxReplications}).",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Scenario);
        foreach (var option in new Option[] { Seed, Replications, Output, Threads, Precision, MaxReplications }) command.Options.Add(option);
    }

    /// <summary>The replication count, at least <paramref name="minimum"/>, and a thread cap that is positive if given.</summary>
    public int CheckedReplications(ParseResult parsed, int minimum, string why)
    {
        int reps = parsed.GetValue(Replications);
        if (reps < minimum) throw new UserInputException($"error: --replications: found {reps}, expected a whole number >= {minimum}{why}");
        if (parsed.GetValue(Threads) is < 1) throw new UserInputException("error: --threads: expected a whole number >= 1");
        return reps;
    }

    /// <summary>The precision target and the most replications it may take, checked against the batch size; (null, batch) without --precision.</summary>
    public (PrecisionTarget? Target, int MaxReplications) CheckedPrecision(ParseResult parsed, int batch)
    {
        string? text = parsed.GetValue(Precision);
        int? max = parsed.GetValue(MaxReplications);
        if (text is null)
        {
            if (max is not null) throw new UserInputException("error: --max-replications: found no --precision, expected it with a precision target such as --precision 5%");
            return (null, batch);
        }
        var target = ParsePrecision(text);
        if (batch < 2) throw new UserInputException($"error: --replications: found {batch}, expected a whole number >= 2 with --precision (each batch gives an interval, and an interval needs two)");
        int most = max ?? Math.Max(DefaultMaxReplications, batch);
        if (most < batch) throw new UserInputException($"error: --max-replications: found {most}, expected a whole number >= --replications ({batch}), the size of the first batch");
        return (target, most);
    }

    /// <summary><c>[KPI=]NUMBER[%]</c>: the half-width of the KPI's interval (fill_rate when left out), relative to its mean with %.</summary>
    public static PrecisionTarget ParsePrecision(string text)
    {
        string t = text.Trim();
        int eq = t.IndexOf('=', StringComparison.Ordinal);
        string kpi = eq < 0 ? "fill_rate" : t[..eq].Trim();
        string value = (eq < 0 ? t : t[(eq + 1)..]).Trim();
        bool relative = value.EndsWith('%');
        if (relative) value = value[..^1].Trim();
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) || !(number > 0) || !double.IsFinite(number))
        {
            throw new UserInputException($"error: --precision: found '{text}', expected a half-width > 0 such as 5% (of fill_rate's mean), 0.01, or KPI=0.01 / KPI=5%");
        }
        string root = kpi.Split('.')[0];
        if (!KpiBounds.IsKnownRoot(root))
        {
            throw new UserInputException($"error: --precision: found the KPI '{kpi}', expected one of {string.Join(", ", KpiBounds.Roots)} (with its parts, e.g. wait_h.mean or cost.total)");
        }
        return new PrecisionTarget(kpi, relative ? number / 100 : number, relative);
    }
}
