// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Scenarios.Reading;
using LogisticsSim.Kernel;
using LogisticsSim.Core.Text;

namespace LogisticsSim.Core.Scenarios.Validation;

/// <summary>Phrases the validators share, so that the same problem reads the same wherever it is found.</summary>
internal static class Words
{
    /// <summary>A time as a user would write it: 30d, 12h, 90m, 45s (the largest unit that divides it).</summary>
    public static string Duration(SimTime t)
    {
        if (t.Ticks % SimTime.TicksPerDay == 0) return $"{t.Ticks / SimTime.TicksPerDay}d";
        if (t.Ticks % SimTime.TicksPerHour == 0) return $"{t.Ticks / SimTime.TicksPerHour}h";
        if (t.Ticks % SimTime.TicksPerMinute == 0) return $"{t.Ticks / SimTime.TicksPerMinute}m";
        return Scalars.Format(t.Seconds) + "s";
    }

    /// <summary>"found 'X' again (first at line L, column C)", for duplicate ids.</summary>
    public static string Again(string id, SourceMap source, string firstPath)
    {
        var (line, column) = source.Locate(firstPath);
        return $"'{id}' again (first at line {line}, column {column})";
    }

    /// <summary>An error for a reference to an unknown id, with a did-you-mean or the list of known ids.</summary>
    public static ScenarioError Unknown(SourceMap source, string path, string id, string what, IReadOnlyCollection<string> known)
    {
        string? suggestion = DidYouMean.Suggest(id, known);
        string expected = suggestion is null
            ? $"a known {what}: {DidYouMean.OneOf(known)}"
            : $"a known {what} (did you mean '{suggestion}'?)";
        return source.Error(path, $"'{id}'", expected);
    }
}
