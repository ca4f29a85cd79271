// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Scenarios.Reading;

/// <summary>The values a number may take, with the words that say so in "expected ...".</summary>
internal sealed record NumberRange(double Min, bool MinExclusive, double Max, bool MaxExclusive, string Text)
{
    public static readonly NumberRange Positive = new(0, true, double.PositiveInfinity, false, "a number > 0");
    public static readonly NumberRange NonNegative = new(0, false, double.PositiveInfinity, false, "a number >= 0");
    public static readonly NumberRange AtLeastOne = new(1, false, double.PositiveInfinity, false, "a number >= 1");
    public static readonly NumberRange Probability = new(0, false, 1, false, "a probability between 0 and 1");
    public static readonly NumberRange Share = new(0, false, 1, false, "a share between 0 and 1");
    public static readonly NumberRange Latitude = new(-90, false, 90, false, "a latitude between -90 and 90");
    public static readonly NumberRange Longitude = new(-180, false, 180, false, "a longitude between -180 and 180");

    /// <summary>True for a finite value inside the range.</summary>
    public bool Contains(double value) =>
        double.IsFinite(value)
        && (MinExclusive ? value > Min : value >= Min)
        && (MaxExclusive ? value < Max : value <= Max);

    /// <summary>What to say when the value is NaN or infinite: "a finite number > 0".</summary>
    public string FiniteText => Text.StartsWith("a number", StringComparison.Ordinal) ? "a finite" + Text[1..] : Text;
}
