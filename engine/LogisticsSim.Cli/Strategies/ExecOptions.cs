// SPDX-License-Identifier: Apache-2.0

namespace LogisticsSim.Cli.Strategies;

/// <summary>
/// <c>exec:COMMAND</c> or <c>exec[timeout=10s,on-error=fail]:COMMAND</c>: a policy program in any language.
/// </summary>
/// <param name="Command">The shell command that starts the program.</param>
/// <param name="Timeout">How long one epoch's answer may take.</param>
/// <param name="FailOnError">True: a crash, hang or bad answer ends the run; false: the priority rule decides for the rest of it.</param>
public sealed record ExecOptions(string Command, TimeSpan Timeout, bool FailOnError)
{
    public const string Prefix = "exec";

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    public static bool IsExec(string spec) => spec.StartsWith(Prefix + ":", StringComparison.Ordinal) || spec.StartsWith(Prefix + "[", StringComparison.Ordinal);

    /// <summary>Reads the spec, or throws a <see cref="UserInputException"/> saying what is wrong.</summary>
    public static ExecOptions Parse(string spec)
    {
        string rest = spec[Prefix.Length..];
        var timeout = DefaultTimeout;
        bool fail = false;
        if (rest.StartsWith('['))
        {
            int close = rest.IndexOf(']');
            if (close < 0) throw Bad(spec, "a closing ']' after the options");
            foreach (var option in rest[1..close].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var kv = option.Split('=', 2);
                switch (kv[0])
                {
                    case "timeout" when kv.Length == 2 && Durations.TrySeconds(kv[1]) is { } s:
                        timeout = TimeSpan.FromSeconds(s);
                        break;
                    case "on-error" when kv.Length == 2 && kv[1] is "fallback" or "fail":
                        fail = kv[1] == "fail";
                        break;
                    default:
                        throw Bad(spec, $"options timeout=DURATION (e.g. 5s, 500ms) and on-error=fallback|fail, not '{option}'");
                }
            }
            rest = rest[(close + 1)..];
        }
        if (!rest.StartsWith(':') || rest.Length < 2 || string.IsNullOrWhiteSpace(rest[1..])) throw Bad(spec, "exec:COMMAND, e.g. exec:\"python3 scenarios/strategies/nearest_first.py\"");
        return new ExecOptions(rest[1..].Trim(), timeout, fail);
    }

    private static UserInputException Bad(string spec, string expected) => new($"error: --strategy: found '{spec}', expected {expected}");
}
