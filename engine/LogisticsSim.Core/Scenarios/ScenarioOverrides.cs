// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace LogisticsSim.Core.Scenarios;

/// <summary>
/// Applies overrides to a scenario's YAML tree before it is read. A path is keys joined by dots, each
/// key optionally followed by list selectors: <c>[2]</c> (0-based index) or <c>[truck10]</c> (the entry
/// whose <c>id</c> is truck10). The last key may be new (an optional field not written); every other
/// step must exist.
/// </summary>
internal static class ScenarioOverrides
{
    /// <summary>The steps of a path: a key, or a list selector (IsSelector); null when it does not parse.</summary>
    public static List<(string Text, bool IsSelector)>? Parse(string path)
    {
        var steps = new List<(string, bool)>();
        int i = 0;
        while (i < path.Length)
        {
            int end = path.IndexOfAny(['.', '['], i);
            if (end < 0) end = path.Length;
            if (end == i) return null;
            steps.Add((path[i..end], false));
            i = end;
            while (i < path.Length && path[i] == '[')
            {
                int close = path.IndexOf(']', i);
                if (close <= i + 1) return null;
                steps.Add((path[(i + 1)..close], true));
                i = close + 1;
            }
            if (i < path.Length)
            {
                if (path[i] != '.' || i == path.Length - 1) return null;
                i++;
            }
        }
        return steps.Count == 0 ? null : steps;
    }

    /// <summary>
    /// Replaces the value at the override's path in <paramref name="root"/>; returns the path in the
    /// scenario's error notation (lists by index, <c>fleet[0].count</c>), or an error located at the override.
    /// </summary>
    public static (string? Resolved, ScenarioError? Error) Apply(YamlNode root, ScenarioOverride o)
    {
        var steps = Parse(o.Path)!;
        YamlNode node = root;
        string resolved = "";
        for (int s = 0; s < steps.Count; s++)
        {
            var (text, isSelector) = steps[s];
            bool last = s == steps.Count - 1;
            if (!isSelector)
            {
                if (node is not YamlMappingNode map) return Fail(o, resolved, $"no mapping at {(resolved.Length == 0 ? "the top" : resolved)}", $"a mapping holding '{text}'");
                var key = new YamlScalarNode(text);
                string path = resolved.Length == 0 ? text : $"{resolved}.{text}";
                if (last)
                {
                    map.Children[key] = Clone(o.Value);
                    return (path, null);
                }
                if (!map.Children.TryGetValue(key, out var child))
                {
                    string keys = string.Join(", ", map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value));
                    return Fail(o, path, $"no key '{text}' in {(resolved.Length == 0 ? "the scenario" : resolved)}", $"one of {keys}");
                }
                node = child;
                resolved = path;
                continue;
            }
            if (node is not YamlSequenceNode seq) return Fail(o, resolved, $"no list to select [{text}] in", "a selector only after a list such as fleet or network.nodes");
            int index = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int k) ? k : IndexOfId(seq, text);
            if (index < 0 || index >= seq.Children.Count)
            {
                string ids = string.Join(", ", seq.Children.OfType<YamlMappingNode>()
                    .Select(m => m.Children.TryGetValue(new YamlScalarNode("id"), out var id) ? (id as YamlScalarNode)?.Value : null).OfType<string>());
                return Fail(o, resolved, $"no entry [{text}] in {resolved}", ids.Length > 0 ? $"an index below {seq.Children.Count} or one of the ids {ids}" : $"an index below {seq.Children.Count}");
            }
            string at = string.Create(CultureInfo.InvariantCulture, $"{resolved}[{index}]");
            if (last)
            {
                seq.Children[index] = Clone(o.Value);
                return (at, null);
            }
            node = seq.Children[index];
            resolved = at;
        }
        return (resolved, null);
    }

    /// <summary>The value as one line: a scalar as written, a list or mapping in flow style.</summary>
    public static string Text(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value ?? "",
        YamlSequenceNode q => "[" + string.Join(", ", q.Children.Select(Text)) + "]",
        YamlMappingNode m => "{" + string.Join(", ", m.Children.Select(p => $"{Text(p.Key)}: {Text(p.Value)}")) + "}",
        _ => "?",
    };

    private static int IndexOfId(YamlSequenceNode seq, string id)
    {
        for (int i = 0; i < seq.Children.Count; i++)
        {
            if (seq.Children[i] is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode("id"), out var v) && v is YamlScalarNode { Value: var s } && s == id) return i;
        }
        return -1;
    }

    /// <summary>A deep copy, so that no two scenario trees share a node.</summary>
    private static YamlNode Clone(YamlNode node) => node switch
    {
        YamlScalarNode s => new YamlScalarNode(s.Value) { Style = s.Style, Tag = s.Tag },
        YamlSequenceNode q => new YamlSequenceNode(q.Children.Select(Clone)) { Style = q.Style },
        YamlMappingNode m => new YamlMappingNode(m.Children.Select(p => new KeyValuePair<YamlNode, YamlNode>(Clone(p.Key), Clone(p.Value)))) { Style = m.Style },
        _ => new YamlScalarNode(Text(node)),
    };

    private static (string?, ScenarioError?) Fail(ScenarioOverride o, string path, string found, string expected) =>
        (null, new ScenarioError(o.File, o.Line, o.Column, $"grid.{o.Path}", found, expected));
}
