// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Strategies;

/// <summary>
/// A strategy as written in a scenario's <c>name</c>, on the command line or in an experiment:
/// <c>NAME</c>, <c>NAME[option=value,...]</c>, <c>NAME:ARGUMENT</c> or both
/// (<c>exec[timeout=5s]:python3 policy.py</c>); a path ending in <c>.dll</c> is short for <c>assembly:PATH</c>.
/// Only the syntax is read here; <see cref="StrategyDescriptors"/> knows which names and options exist.
/// </summary>
/// <param name="Name">The strategy's name (<c>ortools</c>, <c>exec</c>, <c>assembly</c>).</param>
/// <param name="Options">The options in brackets, in the order written; a later one replaces an earlier one of the same name.</param>
/// <param name="Argument">What follows the colon (a command, an assembly path), or null.</param>
public sealed record StrategyReference(string Name, IReadOnlyList<KeyValuePair<string, string>> Options, string? Argument)
{
    /// <summary>The name a bare <c>PATH.dll</c> stands for.</summary>
    public const string AssemblyName = "assembly";

    /// <summary>
    /// The strategy without its options (<c>ortools</c>, <c>exec:python3 policy.py</c>): two references
    /// with the same key are the same strategy, so a scenario's options apply to the command line's.
    /// </summary>
    public string Key => Argument is null ? Name : $"{Name}:{Argument}";

    /// <summary>The reference written in <paramref name="text"/>, or null and the problem with its syntax.</summary>
    public static StrategyReference? Parse(string text, out StrategyProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        problem = null;
        string t = text.Trim();
        const string forms = "a strategy: NAME, NAME[option=value,...] or NAME:ARGUMENT (such as priority or ortools[replan_every=2h])";
        if (t.Length == 0) return Fail(out problem, "nothing", forms);
        int end = 0;
        while (end < t.Length && (char.IsAsciiLetterOrDigit(t[end]) || t[end] is '_' or '-')) end++;
        string rest = t[end..];
        bool dll = t.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        // "bin/Policy.dll", "./Policy.dll": a path, not a name with options.
        if (dll && (end == 0 || rest[0] is not ('[' or ':'))) return new StrategyReference(AssemblyName, [], t);
        if (end == 0) return Fail(out problem, $"'{t}'", forms);
        var options = new List<KeyValuePair<string, string>>();
        if (rest.StartsWith('['))
        {
            int close = rest.IndexOf(']');
            if (close < 0) return Fail(out problem, $"'{t}'", "a closing ']' after the options");
            string inner = rest[1..close];
            foreach (string option in inner.Trim().Length == 0 ? [] : inner.Split(',', StringSplitOptions.TrimEntries))
            {
                int eq = option.IndexOf('=');
                if (eq <= 0) return Fail(out problem, $"'{option}' in '{t}'", "options written option=value, separated by commas");
                options.Add(new(option[..eq].Trim(), option[(eq + 1)..].Trim()));
            }
            rest = rest[(close + 1)..];
        }
        string? argument = null;
        if (rest.StartsWith(':'))
        {
            argument = rest[1..].Trim();
            if (argument.Length == 0) return Fail(out problem, $"'{t}'", $"something after '{t[..end]}:'");
        }
        else if (rest.Length > 0)
        {
            return Fail(out problem, $"'{t}'", forms);
        }
        return new StrategyReference(t[..end], options, argument);
    }

    /// <summary>
    /// Splits a comma-separated list of strategies (<c>fcfs,ortools[replan_every=2h,solution_limit=50]</c>):
    /// commas inside brackets belong to the options. Empty entries are dropped.
    /// </summary>
    public static IReadOnlyList<string> SplitList(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var items = new List<string>();
        int depth = 0, start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            // The end closes the last entry even inside an unclosed bracket, so that Parse reports it.
            bool end = i == text.Length;
            char c = end ? ',' : text[i];
            if (c == '[') depth++;
            else if (c == ']' && depth > 0) depth--;
            else if (c == ',' && (depth == 0 || end))
            {
                string item = text[start..i].Trim();
                if (item.Length > 0) items.Add(item);
                start = i + 1;
            }
        }
        return items;
    }

    /// <summary>The reference as written in canonical form: <c>name[a=1,b=2]:argument</c>.</summary>
    public override string ToString() =>
        Name + (Options.Count == 0 ? "" : "[" + string.Join(",", Options.Select(o => $"{o.Key}={o.Value}")) + "]")
        + (Argument is null ? "" : ":" + Argument);

    private static StrategyReference? Fail(out StrategyProblem problem, string found, string expected)
    {
        problem = new StrategyProblem(null, found, expected);
        return null;
    }
}
