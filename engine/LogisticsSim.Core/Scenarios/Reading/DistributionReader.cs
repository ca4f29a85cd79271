// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Kernel.Random;
using YamlDotNet.RepresentationModel;
using LogisticsSim.Core.Text;

namespace LogisticsSim.Core.Scenarios.Reading;

/// <summary>
/// Reads a quantity that may vary: a constant (<c>6h</c>, <c>12</c>) or a one-key mapping naming a
/// distribution (<c>{lognormal: {mean: 6h, sd: 2h}}</c>), into a kernel <see cref="Distribution"/>.
/// Every quantity in the format is non-negative (durations, tonnes), so every parameter that is a
/// value of the quantity must be >= 0; <c>positive</c> also requires a mean above zero (gaps between
/// arrivals, times between failures), so that a stream cannot fire infinitely often.
/// </summary>
internal static class DistributionReader
{
    public static Distribution? Read(ReadContext ctx, YamlNode node, string path, QuantityKind kind, bool positive)
    {
        ctx.Note(path, node);
        Distribution? result = node switch
        {
            YamlScalarNode => Quantity(ctx, node, path, kind, positive) is { } v ? new Constant(v) : null,
            YamlMappingNode map => FromMapping(ctx, map, path, kind),
            _ => Refuse(ctx, node, path, kind),
        };
        if (result is not null && positive && !(result.Mean > 0))
        {
            ctx.Report(path, node, $"a distribution with mean {Scalars.Format(result.Mean)}", "a distribution with mean > 0");
            return null;
        }
        return result;
    }

    /// <summary>"a duration such as 6h or a distribution such as {exponential: {mean: 2h}}".</summary>
    public static string Expected(QuantityKind kind) => kind == QuantityKind.Hours
        ? "a duration such as 6h or a distribution such as {exponential: {mean: 2h}}"
        : "a number of tonnes or a distribution such as {lognormal: {mean: 8, sd: 4}}";

    private static Distribution? Refuse(ReadContext ctx, YamlNode node, string path, QuantityKind kind)
    {
        ctx.Report(path, node, ReadContext.Describe(node), Expected(kind));
        return null;
    }

    private static double? Quantity(ReadContext ctx, YamlNode node, string path, QuantityKind kind, bool positive) =>
        kind == QuantityKind.Hours
            ? ValueReader.DurationHours(ctx, node, path, positive)
            : ValueReader.Number(ctx, node, path, positive ? NumberRange.Positive : NumberRange.NonNegative, "tonnes");

    private static Distribution? FromMapping(ReadContext ctx, YamlMappingNode map, string path, QuantityKind kind)
    {
        if (map.Children.Count != 1 || map.Children.First().Key is not YamlScalarNode { Value: { } name })
        {
            string keys = string.Join(", ", map.Children.Keys.Select(k => ReadContext.Describe(k)));
            return Fail(ctx, map, path, $"a mapping with keys {{{keys}}}",
                "one distribution: " + DidYouMean.OneOf(ScenarioKeys.Distributions));
        }
        var body = map.Children.First().Value;
        string at = $"{path}.{name}";
        ctx.Note(at, body);
        switch (name)
        {
            case "constant":
                return Quantity(ctx, body, at, kind, positive: false) is { } c ? new Constant(c) : null;
            case "exponential":
                if (AsMapping(ctx, body, at, "{mean: X}") is not { } em) return null;
                var e = new MappingReader(ctx, em, at, ScenarioKeys.Mean);
                return Param(e, "mean", kind, positive: true) is { } mean ? new Exponential(mean) : null;
            case "lognormal" or "normal":
                return MeanSd(ctx, body, at, kind, name == "lognormal");
            case "uniform":
                return List(ctx, body, at, kind, 2, "[low, high]") is { } u ? Ordered(ctx, body, at, u, () => new Uniform(u[0], u[1])) : null;
            case "triangular":
                return List(ctx, body, at, kind, 3, "[low, mode, high]") is { } t ? Ordered(ctx, body, at, t, () => new Triangular(t[0], t[1], t[2])) : null;
            case "weibull":
                if (AsMapping(ctx, body, at, "{shape: k, scale: X}") is not { } wm) return null;
                var w = new MappingReader(ctx, wm, at, ScenarioKeys.ShapeScale);
                double? shape = w.RequiredNumber("shape", NumberRange.Positive, "no unit");
                double? scale = Param(w, "scale", kind, positive: true);
                return shape is { } k && scale is { } s ? new Weibull(k, s) : null;
            case "empirical":
                return List(ctx, body, at, kind, -1, "[v1, v2, ...]") is { } values ? new Empirical(values) : null;
            default:
                return Fail(ctx, map.Children.First().Key, at, $"'{name}'",
                    "a distribution: " + DidYouMean.OneOf(ScenarioKeys.Distributions) + DidYouMean.Hint(name, ScenarioKeys.Distributions));
        }
    }

    private static Distribution? MeanSd(ReadContext ctx, YamlNode body, string at, QuantityKind kind, bool lognormal)
    {
        if (AsMapping(ctx, body, at, "{mean: X, sd: Y}") is not { } map) return null;
        var m = new MappingReader(ctx, map, at, ScenarioKeys.MeanSd);
        double? mean = Param(m, "mean", kind, positive: lognormal);
        double? sd = Param(m, "sd", kind, positive: false);
        if (mean is not { } mu || sd is not { } sigma) return null;
        return lognormal ? new LogNormal(mu, sigma) : new Normal(mu, sigma);
    }

    private static double? Param(MappingReader m, string key, QuantityKind kind, bool positive)
    {
        string expected = kind == QuantityKind.Hours ? "a duration" : "a number of tonnes";
        return m.Required(key, expected) is { } v ? Quantity(m.Context, v, m.PathOf(key), kind, positive) : null;
    }

    private static YamlMappingNode? AsMapping(ReadContext ctx, YamlNode body, string at, string shape)
    {
        if (body is YamlMappingNode map) return map;
        ctx.Report(at, body, ReadContext.Describe(body), $"a mapping {shape}");
        return null;
    }

    /// <summary>A list of quantities; <paramref name="count"/> -1 means any length of at least one.</summary>
    private static double[]? List(ReadContext ctx, YamlNode body, string at, QuantityKind kind, int count, string shape)
    {
        if (body is not YamlSequenceNode seq || (count >= 0 ? seq.Children.Count != count : seq.Children.Count == 0))
        {
            string found = body is YamlSequenceNode s ? $"a list of {s.Children.Count}" : ReadContext.Describe(body);
            ctx.Report(at, body, found, $"a list {shape}");
            return null;
        }
        var values = new double[seq.Children.Count];
        bool ok = true;
        for (int i = 0; i < values.Length; i++)
        {
            string p = $"{at}[{i}]";
            ctx.Note(p, seq.Children[i]);
            if (Quantity(ctx, seq.Children[i], p, kind, positive: false) is { } v) values[i] = v;
            else ok = false;
        }
        return ok ? values : null;
    }

    /// <summary>Uniform and triangular bounds must not decrease: low &lt;= (mode &lt;=) high.</summary>
    private static Distribution? Ordered(ReadContext ctx, YamlNode body, string at, double[] v, Func<Distribution> make)
    {
        for (int i = 1; i < v.Length; i++)
        {
            if (v[i] < v[i - 1])
            {
                string found = "[" + string.Join(", ", ((YamlSequenceNode)body).Children.Select(ReadContext.Describe)) + "]";
                string expected = v.Length == 2 ? "[low, high] with low <= high" : "[low, mode, high] with low <= mode <= high";
                return Fail(ctx, body, at, found, expected);
            }
        }
        return make();
    }

    private static Distribution? Fail(ReadContext ctx, YamlNode node, string path, string found, string expected)
    {
        ctx.Report(path, node, found, expected);
        return null;
    }
}
