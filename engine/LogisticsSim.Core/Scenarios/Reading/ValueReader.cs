// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Kernel;
using YamlDotNet.RepresentationModel;
using LogisticsSim.Core.Text;

namespace LogisticsSim.Core.Scenarios.Reading;

/// <summary>
/// Reads one scalar value into a typed value, or reports "found X, expected Y" at it and returns null.
/// Every method takes the value's node (never null: callers report a missing key themselves) and path.
/// </summary>
internal static class ValueReader
{
    /// <summary>The scalar, or null after reporting a list, mapping or empty value.</summary>
    public static YamlScalarNode? Scalar(ReadContext ctx, YamlNode node, string path, string expected)
    {
        if (node is YamlScalarNode s && !Scalars.IsNull(s)) return s;
        ctx.Report(path, node, ReadContext.Describe(node), expected);
        return null;
    }

    /// <summary>Non-empty text (ids, names); numbers are accepted as text.</summary>
    public static string? Text(ReadContext ctx, YamlNode node, string path, string expected)
    {
        var s = Scalar(ctx, node, path, expected);
        if (s is null) return null;
        if (!string.IsNullOrWhiteSpace(s.Value)) return s.Value;
        ctx.Report(path, node, "an empty value", expected);
        return null;
    }

    /// <summary>A bare number inside <paramref name="range"/>; <paramref name="unit"/> names the key's unit for the hint on "45h".</summary>
    public static double? Number(ReadContext ctx, YamlNode node, string path, NumberRange range, string unit)
    {
        var s = Scalar(ctx, node, path, range.Text);
        if (s is null) return null;
        string text = s.Value!;
        if (!Scalars.TryNumber(text, out double value))
        {
            string expected = Scalars.HasUnitSuffix(text)
                ? $"{range.Text} in {unit}, written without a unit"
                : range.Text;
            ctx.Report(path, node, ReadContext.Describe(node), expected);
            return null;
        }
        if (range.Contains(value)) return value;
        ctx.Report(path, node, text, double.IsFinite(value) ? range.Text : range.FiniteText);
        return null;
    }

    /// <summary>A whole number of at least <paramref name="min"/>, such as a count or a priority.</summary>
    public static int? WholeNumber(ReadContext ctx, YamlNode node, string path, int min)
    {
        string expected = $"a whole number >= {min}";
        var s = Scalar(ctx, node, path, expected);
        if (s is null) return null;
        if (Scalars.TryNumber(s.Value!, out double value) && value >= min && value <= int.MaxValue && Math.Floor(value) == value)
        {
            return (int)value;
        }
        ctx.Report(path, node, ReadContext.Describe(node), expected);
        return null;
    }

    /// <summary>A 64-bit whole number (the seed).</summary>
    public static long? Seed(ReadContext ctx, YamlNode node, string path)
    {
        const string expected = "a whole number (the master seed of the random streams)";
        var s = Scalar(ctx, node, path, expected);
        if (s is null) return null;
        if (long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long seed)) return seed;
        ctx.Report(path, node, ReadContext.Describe(node), expected);
        return null;
    }

    /// <summary>A duration in hours (30s, 90m, 6h, 3d), at least zero, or more than zero when <paramref name="positive"/>.</summary>
    public static double? DurationHours(ReadContext ctx, YamlNode node, string path, bool positive)
    {
        string bound = positive ? "a duration > 0" : "a duration >= 0";
        var s = Scalar(ctx, node, path, $"{bound}, such as {DurationText.Examples}");
        if (s is null) return null;
        string text = s.Value!.Trim();
        if (!Scalars.TryDurationHours(text, out double hours))
        {
            ctx.Report(path, node, ReadContext.Describe(node), DurationText.Expected(text));
            return null;
        }
        if (hours < 0 || (positive && hours == 0))
        {
            ctx.Report(path, node, text, bound);
            return null;
        }
        if (hours > Scalars.MaxDurationHours)
        {
            ctx.Report(path, node, text, $"a duration of at most {Scalars.Format(Scalars.MaxDurationHours)}h");
            return null;
        }
        return hours;
    }

    /// <summary>A fixed duration as kernel time.</summary>
    public static SimTime? Duration(ReadContext ctx, YamlNode node, string path, bool positive) =>
        DurationHours(ctx, node, path, positive) is { } hours ? SimTime.FromHours(hours) : null;

    /// <summary>true or false.</summary>
    public static bool? Bool(ReadContext ctx, YamlNode node, string path)
    {
        var s = Scalar(ctx, node, path, "true or false");
        if (s is null) return null;
        if (bool.TryParse(s.Value, out bool value)) return value;
        ctx.Report(path, node, ReadContext.Describe(node), "true or false");
        return null;
    }

    /// <summary>One of <paramref name="names"/> (matched exactly), mapped to the value at the same index.</summary>
    public static T? Choice<T>(ReadContext ctx, YamlNode node, string path, IReadOnlyList<string> names, IReadOnlyList<T> values)
        where T : struct
    {
        string expected = DidYouMean.OneOf(names.ToArray());
        var s = Scalar(ctx, node, path, expected);
        if (s is null) return null;
        for (int i = 0; i < names.Count; i++)
        {
            if (names[i] == s.Value) return values[i];
        }
        ctx.Report(path, node, ReadContext.Describe(node), expected + DidYouMean.Hint(s.Value!, names));
        return null;
    }
}
