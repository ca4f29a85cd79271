// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace LogisticsSim.Core.Scenarios.Reading;

/// <summary>
/// A first pass over the parser's events, before any tree is built, that refuses what would make
/// building or walking the tree unsafe: aliases that expand without bound ("billion laughs"), aliases
/// to themselves or to no anchor, nesting deep enough to exhaust the stack, a second document, and
/// YAML syntax errors. It also finds every duplicate key at once (the tree builder stops at the first).
/// It counts nodes as if every alias were expanded, in linear time, by remembering each anchor's size.
/// </summary>
internal static class YamlPreflight
{
    /// <summary>Values in the file with every alias expanded; the shipped scenarios have a few thousand.</summary>
    public const long MaxNodes = 1_000_000;

    /// <summary>Nesting depth; the format needs about eight, and the tree builder recurses once per level.</summary>
    public const int MaxDepth = 64;

    public static List<ScenarioError> Check(string text, string file)
    {
        var state = new State(file);
        var parser = new Parser(new StringReader(text));
        try
        {
            while (parser.MoveNext() && state.Errors.Count == state.DuplicateKeys)
            {
                state.Visit(parser.Current!);
            }
        }
        catch (YamlException e)
        {
            state.Fatal(e.Start, ScenarioError.FilePath, $"malformed YAML ({Sentence(e.Message)})");
        }
        catch (InvalidOperationException e)
        {
            // The scanner of YamlDotNet 18 throws this, without a mark, on some unclosed flow collections:
            // point at the innermost collection still open, which is where the reader got lost.
            state.Fatal(state.InnermostOpen, ScenarioError.FilePath, $"malformed YAML (the parser stopped: {Sentence(e.Message)})");
        }
        return state.Errors;
    }

    /// <summary>"While parsing X." -> "while parsing X", to sit inside "found malformed YAML (...)".</summary>
    private static string Sentence(string message)
    {
        string m = message.Trim().TrimEnd('.');
        return m.Length > 0 ? char.ToLowerInvariant(m[0]) + m[1..] : m;
    }

    private sealed class Frame(bool isMapping, string path, string? anchor, Mark start)
    {
        public bool IsMapping { get; } = isMapping;
        public string Path { get; } = path;
        public string? Anchor { get; } = anchor;
        public Mark Start { get; } = start;
        public long Size { get; set; } = 1;
        public int Index { get; set; }
        public bool ExpectKey { get; set; } = true;
        public string PendingKey { get; set; } = "?";
        public Dictionary<string, Mark> Keys { get; } = new(StringComparer.Ordinal);
    }

    private sealed class State(string file)
    {
        private readonly Stack<Frame> _frames = new();
        private readonly Dictionary<string, long> _anchorSizes = new(StringComparer.Ordinal);
        private readonly HashSet<string> _openAnchors = new(StringComparer.Ordinal);
        private long _visited;
        private int _documents;

        public List<ScenarioError> Errors { get; } = [];

        public int DuplicateKeys { get; private set; }

        public Mark InnermostOpen { get; private set; } = Mark.Empty;

        public void Visit(ParsingEvent ev)
        {
            switch (ev)
            {
                case DocumentStart when ++_documents > 1:
                    Fatal(ev.Start, ScenarioError.FilePath, "a second YAML document", "one scenario per file");
                    break;
                case Scalar scalar:
                    Count(ev, 1);
                    if (!scalar.Anchor.IsEmpty) _anchorSizes[scalar.Anchor.Value] = 1;
                    Complete(1, scalar.Value, ev.Start);
                    break;
                case AnchorAlias alias:
                    Alias(alias);
                    break;
                case NodeEvent start and (SequenceStart or MappingStart):
                    Open(start);
                    break;
                case SequenceEnd or MappingEnd:
                    Close();
                    break;
                default:
                    break; // stream and document bounds and comments hold no nodes
            }
        }

        public void Fatal(Mark at, string path, string found, string expected = "well-formed YAML") =>
            Errors.Add(new ScenarioError(file, Line(at), Column(at), path.Length == 0 ? ScenarioError.FilePath : path, found, expected));

        private void Alias(AnchorAlias alias)
        {
            string name = alias.Value.Value;
            if (_openAnchors.Contains(name))
            {
                Fatal(alias.Start, ChildPath(null), $"alias *{name} inside its own anchor &{name}", "an alias to a finished node (it would repeat forever)");
                return;
            }
            if (!_anchorSizes.TryGetValue(name, out long size))
            {
                Fatal(alias.Start, ChildPath(null), $"alias *{name}", $"an alias to an anchor defined above it (&{name})");
                return;
            }
            Count(alias, size);
            Complete(size, null, alias.Start);
        }

        private void Open(NodeEvent start)
        {
            if (_frames.Count >= MaxDepth)
            {
                Fatal(start.Start, ChildPath(null), $"nesting deeper than {MaxDepth} levels", $"a scenario nested at most {MaxDepth} levels deep");
                return;
            }
            Count(start, 1);
            string? anchor = start.Anchor.IsEmpty ? null : start.Anchor.Value;
            if (anchor is not null) _openAnchors.Add(anchor);
            _frames.Push(new Frame(start is MappingStart, ChildPath(null), anchor, start.Start));
            InnermostOpen = start.Start;
        }

        private void Close()
        {
            var frame = _frames.Pop();
            InnermostOpen = _frames.TryPeek(out var parent) ? parent.Start : Mark.Empty;
            if (frame.Anchor is not null)
            {
                _openAnchors.Remove(frame.Anchor);
                _anchorSizes[frame.Anchor] = frame.Size;
            }
            Complete(frame.Size, null, frame.Start);
        }

        /// <summary>Adds a node (or an alias's whole expansion) to the running count, and stops past the limit.</summary>
        private void Count(ParsingEvent ev, long size)
        {
            _visited = Math.Min(_visited + size, MaxNodes + 1);
            if (_visited <= MaxNodes) return;
            string limit = MaxNodes.ToString("N0", CultureInfo.InvariantCulture);
            string found = ev is AnchorAlias a
                ? $"alias *{a.Value.Value}, which expands the file past {limit} nodes"
                : $"more than {limit} nodes";
            Fatal(ev.Start, ChildPath(null), found, $"at most {limit} nodes with every alias expanded");
        }

        /// <summary>Tells the enclosing collection that one child (of <paramref name="size"/> expanded nodes) is done.</summary>
        private void Complete(long size, string? scalarValue, Mark at)
        {
            if (!_frames.TryPeek(out var parent)) return;
            parent.Size = Math.Min(parent.Size + size, MaxNodes + 1);
            if (!parent.IsMapping)
            {
                parent.Index++;
                return;
            }
            if (!parent.ExpectKey)
            {
                parent.ExpectKey = true;
                return;
            }
            parent.ExpectKey = false;
            parent.PendingKey = scalarValue ?? "?";
            if (scalarValue is null) return;
            if (parent.Keys.TryGetValue(scalarValue, out var first))
            {
                DuplicateKeys++;
                Errors.Add(new ScenarioError(file, Line(at), Column(at), Join(parent.Path, scalarValue),
                    $"duplicate key '{scalarValue}'", $"each key once in a mapping (first at line {Line(first)}, column {Column(first)})"));
            }
            else
            {
                parent.Keys[scalarValue] = at;
            }
        }

        /// <summary>The path of the node about to start: a key's value, a list entry, or the root.</summary>
        private string ChildPath(string? key)
        {
            if (!_frames.TryPeek(out var parent)) return "";
            if (!parent.IsMapping) return $"{parent.Path}[{parent.Index}]";
            return Join(parent.Path, parent.ExpectKey ? key ?? "?" : parent.PendingKey);
        }

        private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

        private static int Line(Mark m) => (int)Math.Max(1, m.Line);

        private static int Column(Mark m) => (int)Math.Max(1, m.Column);
    }
}
