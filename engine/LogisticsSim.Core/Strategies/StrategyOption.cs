// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Scenarios.Reading;
using LogisticsSim.Core.Text;

namespace LogisticsSim.Core.Strategies;

/// <summary>
/// One option a strategy takes: its name, kind, range, default and a line of doc. The same declaration
/// checks the scenario's <c>strategy:</c> section, the command line's <c>name[option=value]</c>, and
/// writes the documentation (scenarios/README.md and the JSON Schema are tested against it).
/// Build one with <see cref="Duration"/>, <see cref="WholeNumber"/>, <see cref="Number"/>, <see cref="Choice"/>,
/// <see cref="Flag"/> or <see cref="Text"/>.
/// </summary>
/// <param name="Name">The key, as written in the scenario and in brackets (<c>solution_limit</c>).</param>
/// <param name="Kind">How the value is read.</param>
/// <param name="Doc">One line saying what it does.</param>
public sealed record StrategyOption(string Name, StrategyOptionKind Kind, string Doc)
{
    /// <summary>Durations past about a century would overflow the clock; none is needed.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(Scalars.MaxDurationHours);

    /// <summary>The default as a user would write it (<c>6h</c>, <c>30</c>), or null when absent means "none".</summary>
    public string? Default { get; init; }

    /// <summary>The least value (seconds for durations); inclusive unless <see cref="MinExclusive"/>.</summary>
    public double Min { get; init; } = double.NegativeInfinity;

    /// <summary>True when <see cref="Min"/> itself is refused (a duration &gt; 0).</summary>
    public bool MinExclusive { get; init; }

    /// <summary>The greatest value (seconds for durations), inclusive.</summary>
    public double Max { get; init; } = double.PositiveInfinity;

    /// <summary>The words a <see cref="StrategyOptionKind.Choice"/> accepts, in the order the docs list them.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>A duration, more than <paramref name="min"/> (zero by default), at most about a century.</summary>
    public static StrategyOption Duration(string name, TimeSpan? @default, string doc, TimeSpan? min = null) =>
        new(name, StrategyOptionKind.Duration, doc)
        {
            Default = @default is { } d ? DurationText.Format(d) : null,
            Min = (min ?? TimeSpan.Zero).TotalSeconds,
            MinExclusive = true,
            Max = MaxDuration.TotalSeconds,
        };

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static StrategyOption WholeNumber(string name, long? @default, string doc, long min = 1, long max = int.MaxValue) =>
        new(name, StrategyOptionKind.WholeNumber, doc)
        {
            Default = @default?.ToString(CultureInfo.InvariantCulture), Min = min, Max = max,
        };

    /// <summary>A finite number of at least <paramref name="min"/> (more than it when <paramref name="minExclusive"/>).</summary>
    public static StrategyOption Number(string name, double? @default, string doc, double min = 0, bool minExclusive = false) =>
        new(name, StrategyOptionKind.Number, doc)
        {
            Default = @default is { } d ? Scalars.Format(d) : null, Min = min, MinExclusive = minExclusive,
        };

    /// <summary>One of <paramref name="choices"/>.</summary>
    public static StrategyOption Choice(string name, string @default, IReadOnlyList<string> choices, string doc) =>
        new(name, StrategyOptionKind.Choice, doc) { Default = @default, Choices = choices };

    /// <summary>true or false.</summary>
    public static StrategyOption Flag(string name, bool @default, string doc) =>
        new(name, StrategyOptionKind.Bool, doc) { Default = @default ? "true" : "false" };

    /// <summary>Any non-empty text.</summary>
    public static StrategyOption Text(string name, string? @default, string doc) =>
        new(name, StrategyOptionKind.Text, doc) { Default = @default };

    /// <summary>The kind and range in a few words, for the docs: <c>duration &gt; 0</c>, <c>whole number &gt;= 1</c>, <c>guided, iterated or greedy</c>.</summary>
    public string TypeText => Kind switch
    {
        StrategyOptionKind.Duration => "duration" + Bound(Min == 0 ? "0" : DurationText.Format(TimeSpan.FromSeconds(Min))),
        StrategyOptionKind.WholeNumber => "whole number" + Bound(Scalars.Format(Min)),
        StrategyOptionKind.Number => "number" + Bound(Scalars.Format(Min)),
        StrategyOptionKind.Choice => Choices.Count == 1 ? Choices[0] : string.Join(", ", Choices.Take(Choices.Count - 1)) + " or " + Choices[^1],
        StrategyOptionKind.Bool => "true or false",
        StrategyOptionKind.Text => "text",
        _ => throw new InvalidOperationException($"no words for option kind {Kind}"),
    };

    /// <summary>What a valid value looks like, for "expected ...".</summary>
    public string Expected => Kind switch
    {
        StrategyOptionKind.Duration => $"a {TypeText}, such as {DurationText.Examples}",
        StrategyOptionKind.WholeNumber or StrategyOptionKind.Number => "a " + TypeText,
        StrategyOptionKind.Choice => DidYouMean.OneOf(Choices.ToArray()),
        StrategyOptionKind.Text => "a value",
        _ => TypeText,
    };

    /// <summary>
    /// Reads <paramref name="text"/> as this option's value: a <see cref="TimeSpan"/>, <see cref="long"/>,
    /// <see cref="double"/>, <see cref="bool"/> or <see cref="string"/> by <see cref="Kind"/>; null and a
    /// problem when it is of the wrong kind or out of range.
    /// </summary>
    public object? Read(string text, out StrategyProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        problem = null;
        string t = text.Trim();
        object? value = Kind switch
        {
            StrategyOptionKind.Duration => DurationText.TryParse(t, out var d) && InRange(d.TotalSeconds) ? d : null,
            StrategyOptionKind.WholeNumber => Scalars.TryNumber(t, out double w) && Math.Floor(w) == w && InRange(w) ? (long)w : null,
            StrategyOptionKind.Number => Scalars.TryNumber(t, out double n) && InRange(n) ? n : null,
            StrategyOptionKind.Choice => Choices.Contains(t, StringComparer.Ordinal) ? t : null,
            StrategyOptionKind.Bool => bool.TryParse(t, out bool b) ? b : null,
            _ => t.Length > 0 ? t : null,
        };
        if (value is not null) return value;
        string expected = Kind switch
        {
            StrategyOptionKind.Duration when !DurationText.TrySeconds(t, out _) => DurationText.Expected(t, $"a {TypeText}"),
            StrategyOptionKind.Duration when DurationText.TrySeconds(t, out double s) && s > Max => $"a duration of at most {DurationText.Format(MaxDuration)}",
            StrategyOptionKind.Choice => Expected + DidYouMean.Hint(t, Choices),
            _ => Expected,
        };
        problem = new StrategyProblem(Name, Describe(t), expected);
        return null;
    }

    /// <summary>How a value reads in "found X": numbers and durations as written, other text in single quotes.</summary>
    public static string Describe(string text) =>
        text.Length == 0 ? "an empty value" : Scalars.LooksNumeric(text) ? text : $"'{text}'";

    private bool InRange(double value) =>
        double.IsFinite(value) && (MinExclusive ? value > Min : value >= Min) && value <= Max;

    /// <summary>" &gt; 0", " &gt;= 1 and &lt;= 500" or "" (durations are capped only to protect the clock: not worth saying).</summary>
    private string Bound(string min) => (double.IsNegativeInfinity(Min) ? "" : (MinExclusive ? " > " : " >= ") + min)
        + (Max < int.MaxValue && Kind != StrategyOptionKind.Duration ? $" and <= {Scalars.Format(Max)}" : "");
}
