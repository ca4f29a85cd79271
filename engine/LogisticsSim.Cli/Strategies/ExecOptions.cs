// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Strategies;

namespace LogisticsSim.Cli.Strategies;

/// <summary>
/// <c>exec:COMMAND</c> or <c>exec[timeout=10s,on-error=fail]:COMMAND</c>: a policy program in any language.
/// </summary>
/// <param name="Command">The shell command that starts the program.</param>
/// <param name="Timeout">How long one epoch's answer may take.</param>
/// <param name="FailOnError">True: a crash, hang or bad answer ends the run; false: the priority rule decides for the rest of it.</param>
public sealed record ExecOptions(string Command, TimeSpan Timeout, bool FailOnError)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The name and options, checked wherever an exec strategy is written (scenario, command line, experiment).</summary>
    public static StrategyDescriptor Descriptor { get; } = new("exec",
        "A policy program in any language, asked at every epoch over JSON lines (scenarios/strategies/README.md).",
        [
            StrategyOption.Duration("timeout", DefaultTimeout, "How long one epoch's answer may take."),
            StrategyOption.Choice("on-error", "fallback", ["fallback", "fail"],
                "On a crash, hang or bad answer: the priority rule decides for the rest of the run (fallback), or the run fails."),
        ])
    { Argument = "COMMAND" };

    /// <summary>The options the settings give (read against <see cref="Descriptor"/>).</summary>
    public static ExecOptions From(StrategySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new ExecOptions(settings.Argument!, settings.Duration("timeout")!.Value, settings.Choice("on-error") == "fail");
    }
}
