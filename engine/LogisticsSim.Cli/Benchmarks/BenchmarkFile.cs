// SPDX-License-Identifier: Apache-2.0
using System.Text.Json;
using LogisticsSim.Cli.Output;
using LogisticsSim.Core.Experiments.Sweeps;

namespace LogisticsSim.Cli.Benchmarks;

/// <summary>
/// <c>DIR/benchmark.json</c>, beside the sweep's units.json: what makes the folder a benchmark (the suite, the KPI
/// ranked on, the baseline, the reference, and what runs each strategy), so that <c>merge</c> writes the leaderboard
/// too. Every process of a benchmark writes the same bytes, as with units.json.
/// </summary>
public static class BenchmarkFile
{
    public const string Name = "benchmark.json";

    /// <summary>The KPI a leaderboard ranks on: one number per replication, lower is better.</summary>
    public const string Kpi = "objective";

    public static bool Exists(string outDir) => File.Exists(Path.Combine(outDir, Name));

    public static void Write(string outDir, BenchmarkSetup setup)
    {
        new OutputDirectory(outDir).Write(Name, writer => JsonFile.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("suite", setup.Protocol.Suite);
            if (setup.Protocol.Description is { } d) json.WriteString("description", d);
            json.WriteString("kpi", Kpi);
            json.WriteString("baseline", setup.Baseline);
            json.WriteString("reference", setup.Reference);
            json.WriteStartArray("strategies");
            foreach (var s in setup.Strategies)
            {
                json.WriteStartObject();
                json.WriteString("name", s.Label);
                json.WriteString("use", s.Use);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }));
    }

    /// <summary>Reads DIR/benchmark.json, or throws a <see cref="UserInputException"/> saying what is wrong.</summary>
    public static SavedBenchmark Read(string outDir)
    {
        string path = Path.Combine(outDir, Name);
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            var strategies = root.GetProperty("strategies").EnumerateArray()
                .Select(s => new ExperimentStrategy(s.GetProperty("name").GetString()!, s.GetProperty("use").GetString()!)).ToArray();
            return new SavedBenchmark(root.GetProperty("suite").GetString()!,
                root.TryGetProperty("description", out var d) ? d.GetString() : null,
                root.GetProperty("kpi").GetString()!, root.GetProperty("baseline").GetString()!, root.GetProperty("reference").GetString()!, strategies);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IOException)
        {
            throw new UserInputException($"{path}: found an unreadable benchmark ({e.Message}), expected the {Name} written by 'logisticssim benchmark'");
        }
    }
}
