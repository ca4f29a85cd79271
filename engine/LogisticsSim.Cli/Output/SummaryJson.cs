// SPDX-License-Identifier: Apache-2.0
using System.Text.Json;
using LogisticsSim.Core.Experiments;
using LogisticsSim.Core.Kpis;

namespace LogisticsSim.Cli.Output;

/// <summary>
/// summary.json: the KPIs under their contract names (the mean over replications), their 95%
/// intervals under "ci95" when there are several replications (null where a KPI has fewer than two
/// values), and each replication's own values.
/// Byte-identical for the same scenario, options and seed: fixed key order, shortest round-trip
/// numbers, null for an undefined value, "\n" line ends.
/// </summary>
public static class SummaryJson
{
    /// <summary>Writes the summary; with <paramref name="precision"/>, how the run to that target ended, after "replications".</summary>
    public static void Write(TextWriter writer, RunSummary run, PrecisionOutcome? precision = null)
    {
        JsonFile.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("scenario", run.Scenario);
            json.WriteString("strategy", run.Strategy);
            json.WriteNumber("seed", run.Seed);
            json.WriteNumber("replications", run.Replications.Count);
            if (precision is not null) PrecisionReport.Write(json, precision, [run.Strategy]);
            WriteTree(json, run.Kpis.Select(k => (k.Path, (Action<Utf8JsonWriter>)(w => JsonFile.Value(w, k.Interval.Mean)))));
            if (run.Replications.Count > 1)
            {
                json.WriteStartObject("ci95");
                WriteTree(json, run.Kpis.Select(k => (k.Path, (Action<Utf8JsonWriter>)(w =>
                {
                    w.WriteStartArray();
                    JsonFile.Value(w, k.Interval.Low);
                    JsonFile.Value(w, k.Interval.High);
                    w.WriteEndArray();
                }))));
                json.WriteEndObject();
            }
            json.WriteStartArray("per_replication");
            foreach (var r in run.Replications)
            {
                json.WriteStartObject();
                json.WriteNumber("replication", r.Replication);
                WriteTree(json, KpiVector.Of(r.Kpis).Select(k => (k.Path, (Action<Utf8JsonWriter>)(w => JsonFile.Value(w, k.Value)))));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }


    /// <summary>
    /// Writes dotted paths as nested objects, keeping the order in which each key first appears; a path that is
    /// a KPI and the prefix of others is written flat, its parts beside it.
    /// </summary>
    private static void WriteTree(Utf8JsonWriter json, IEnumerable<(string Path, Action<Utf8JsonWriter> Value)> leaves)
    {
        var root = new TreeNode();
        foreach (var (path, value) in leaves)
        {
            var node = root;
            foreach (var key in path.Split('.')) node = node.Child(key);
            node.Value = value;
        }
        foreach (var (key, child) in root.Children) Write(json, key, child);
    }

    private static void Write(Utf8JsonWriter json, string key, TreeNode node)
    {
        json.WritePropertyName(key);
        if (node.Value is { } value)
        {
            value(json);
            // A KPI that has parts as well ("objective" and "objective.lateness"): a number cannot hold keys, so
            // its parts follow it under their whole dotted paths, as compare.json names every KPI.
            foreach (var (childKey, child) in node.Children) Write(json, $"{key}.{childKey}", child);
            return;
        }
        json.WriteStartObject();
        foreach (var (childKey, child) in node.Children) Write(json, childKey, child);
        json.WriteEndObject();
    }

    private sealed class TreeNode
    {
        public List<(string Key, TreeNode Node)> Children { get; } = [];
        public Action<Utf8JsonWriter>? Value { get; set; }

        public TreeNode Child(string key)
        {
            foreach (var (k, n) in Children)
            {
                if (k == key) return n;
            }
            var child = new TreeNode();
            Children.Add((key, child));
            return child;
        }
    }
}
