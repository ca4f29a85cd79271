// SPDX-License-Identifier: Apache-2.0
using System.Text.RegularExpressions;
using LogisticsSim.Core.Strategies;

namespace LogisticsSim.Core.Experiments.Benchmarks;

/// <summary>
/// The name a strategy goes by in a leaderboard when it is written without one: its own name (<c>ortools</c> for
/// <c>ortools[solution_limit=50]</c>, so that budgets and tables find it), and for a strategy from outside, its
/// program or class (<c>my_policy</c> for <c>exec:python3 my_policy.py</c>, <c>LargestFirst</c> for
/// <c>bin/LargestFirst.dll</c> or <c>assembly:Policies.dll:Demo.LargestFirst</c>).
/// </summary>
public static partial class StrategyLabels
{
    /// <summary>The label of <paramref name="use"/>; the text itself when it is not a strategy (the check reports that).</summary>
    public static string Of(string use)
    {
        ArgumentNullException.ThrowIfNull(use);
        var reference = StrategyReference.Parse(use, out _);
        if (reference is null) return use;
        if (reference.Argument is not { } argument) return reference.Name;
        string stem = reference.Name == StrategyReference.AssemblyName ? Assembly(argument) : Program(argument);
        string label = NotInLabels().Replace(stem, "-").Trim('-');
        return label.Length == 0 ? reference.Name : label;
    }

    /// <summary>True when <paramref name="label"/> can name a strategy in tables and unit ids: letters, digits, '-' and '_'.</summary>
    public static bool IsValid(string label) => Sweeps.ExperimentLoader.LabelPattern().IsMatch(label);

    /// <summary>The class after <c>.dll:</c> (its last dotted part), else the file's name.</summary>
    private static string Assembly(string argument)
    {
        int dll = argument.LastIndexOf(".dll:", StringComparison.OrdinalIgnoreCase);
        if (dll < 0) return Path.GetFileNameWithoutExtension(argument);
        string type = argument[(dll + ".dll:".Length)..];
        return type[(type.LastIndexOf('.') + 1)..];
    }

    /// <summary>The last word that names a file (it has a dot or a slash, and is no option), else the first word: the program.</summary>
    private static string Program(string command)
    {
        var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(w => w.Trim('"', '\'')).ToArray();
        string file = words.LastOrDefault(w => !w.StartsWith('-') && (w.Contains('.') || w.Contains('/'))) ?? words.FirstOrDefault() ?? "";
        return Path.GetFileNameWithoutExtension(file.TrimEnd('/'));
    }

    [GeneratedRegex("[^A-Za-z0-9_-]+")]
    private static partial Regex NotInLabels();
}
