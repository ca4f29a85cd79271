// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Text;

namespace LogisticsSim.Cli;

/// <summary>Durations given as command-line options (time limits): the scenario format's syntax (<see cref="DurationText"/>), 500ms, 10s, 2m.</summary>
public static class Durations
{
    /// <summary>The seconds <paramref name="text"/> says, or a clear error naming <paramref name="option"/>.</summary>
    public static double Seconds(string text, string option)
    {
        bool parsed = DurationText.TrySeconds(text, out double seconds);
        if (parsed && seconds > 0 && seconds <= TimeSpan.MaxValue.TotalSeconds / 2) return seconds;
        string expected = parsed ? $"a positive duration, such as {DurationText.Examples}" : DurationText.Expected(text, "a positive duration");
        throw new UserInputException($"error: {option}: found '{text}', expected {expected}");
    }
}
