// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Kernel;
using YamlDotNet.RepresentationModel;
using LogisticsSim.Core.Text;

namespace LogisticsSim.Core.Scenarios.Reading;

/// <summary>
/// One YAML mapping being read: reports unknown keys (with a did-you-mean) when created, then hands out
/// values by key, reporting missing required ones at the mapping. Typed getters return null on any error.
/// </summary>
internal sealed class MappingReader
{
    private readonly Dictionary<string, YamlNode> _values = new(StringComparer.Ordinal);

    /// <param name="ctx">Where errors go.</param>
    /// <param name="node">The mapping.</param>
    /// <param name="path">Its path ("" for the root).</param>
    /// <param name="knownKeys">The keys allowed here, or null to allow any (strategy options).</param>
    public MappingReader(ReadContext ctx, YamlMappingNode node, string path, IReadOnlyList<string>? knownKeys)
    {
        Context = ctx;
        Node = node;
        Path = path;
        ctx.Note(path, node);
        foreach (var (keyNode, value) in node.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                ctx.Report(path, keyNode, ReadContext.Describe(keyNode) + " as a key", "a key name");
                continue;
            }
            string keyPath = PathOf(key);
            if (knownKeys is not null && !knownKeys.Contains(key))
            {
                ctx.Report(keyPath, keyNode, $"unknown key '{key}'",
                    DidYouMean.OneOf(knownKeys.ToArray(), shown: int.MaxValue) + DidYouMean.Hint(key, knownKeys));
                continue;
            }
            _values[key] = value;
            ctx.Note(keyPath, value);
            ctx.NoteKey(keyPath, keyNode);
        }
    }

    public ReadContext Context { get; }

    public YamlMappingNode Node { get; }

    public string Path { get; }

    /// <summary>The accepted keys, in file order.</summary>
    public IEnumerable<string> Keys => _values.Keys;

    public string PathOf(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>The value, or null when the key is absent or its value is YAML null (an optional key left empty).</summary>
    public YamlNode? Optional(string key) =>
        _values.TryGetValue(key, out var v) && !(v is YamlScalarNode s && Scalars.IsNull(s)) ? v : null;

    /// <summary>The value, or null after reporting "found nothing" (absent) or "found an empty value".</summary>
    public YamlNode? Required(string key, string expected)
    {
        if (_values.TryGetValue(key, out var v))
        {
            if (v is YamlScalarNode s && Scalars.IsNull(s))
            {
                Context.Report(PathOf(key), v, "an empty value", expected);
                return null;
            }
            return v;
        }
        Context.Report(PathOf(key), Node, "nothing", expected);
        return null;
    }

    public string? RequiredText(string key, string expected) =>
        Required(key, expected) is { } v ? ValueReader.Text(Context, v, PathOf(key), expected) : null;

    public string? OptionalText(string key, string expected) =>
        Optional(key) is { } v ? ValueReader.Text(Context, v, PathOf(key), expected) : null;

    public double? RequiredNumber(string key, NumberRange range, string unit) =>
        Required(key, range.Text) is { } v ? ValueReader.Number(Context, v, PathOf(key), range, unit) : null;

    public double? OptionalNumber(string key, NumberRange range, string unit) =>
        Optional(key) is { } v ? ValueReader.Number(Context, v, PathOf(key), range, unit) : null;

    public int? RequiredWholeNumber(string key, int min) =>
        Required(key, $"a whole number >= {min}") is { } v ? ValueReader.WholeNumber(Context, v, PathOf(key), min) : null;

    public SimTime? RequiredDuration(string key, bool positive) =>
        Required(key, $"a duration such as {DurationText.Examples}") is { } v ? ValueReader.Duration(Context, v, PathOf(key), positive) : null;

    public SimTime? OptionalDuration(string key, bool positive) =>
        Optional(key) is { } v ? ValueReader.Duration(Context, v, PathOf(key), positive) : null;

    public T? RequiredChoice<T>(string key, IReadOnlyList<string> names, IReadOnlyList<T> values)
        where T : struct =>
        Required(key, DidYouMean.OneOf(names.ToArray())) is { } v
            ? ValueReader.Choice(Context, v, PathOf(key), names, values)
            : null;

    public bool? OptionalBool(string key) =>
        Optional(key) is { } v ? ValueReader.Bool(Context, v, PathOf(key)) : null;
}
