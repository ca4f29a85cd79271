// SPDX-License-Identifier: Apache-2.0
using System.Reflection;
using System.Text.Json;

namespace LogisticsSim.Cli.Output;

/// <summary>
/// manifest.json: what is not reproducible, kept apart from summary.json so that the summary can
/// be byte-identical: engine version and commit, machine, start time, wall-clock seconds per phase,
/// command line and the versions of the packages that computed the results.
/// </summary>
public sealed class Manifest
{
    private readonly List<(string Phase, double Seconds)> _phases = [];
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private readonly DateTime _startedUtc = DateTime.UtcNow;

    public Manifest(string command, IEnumerable<string> args)
    {
        Command = command;
        Arguments = args.ToArray();
    }

    public string Command { get; }
    public IReadOnlyList<string> Arguments { get; }
    public Dictionary<string, object?> Settings { get; } = new(StringComparer.Ordinal);

    /// <summary>Closes the current phase and names it.</summary>
    public void EndPhase(string phase)
    {
        double previous = _phases.Sum(p => p.Seconds);
        _phases.Add((phase, _clock.Elapsed.TotalSeconds - previous));
    }

    public void Write(TextWriter writer)
    {
        var info = typeof(Manifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var document = new Dictionary<string, object?>
        {
            ["engine_version"] = info.Split('+')[0],
            ["commit"] = info.Contains('+') ? info[(info.IndexOf('+') + 1)..] : null,
            ["command"] = Command,
            ["arguments"] = Arguments,
            ["machine"] = new Dictionary<string, object>
            {
                ["name"] = Environment.MachineName,
                ["os"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
                ["cores"] = Environment.ProcessorCount,
                ["runtime"] = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
            },
            ["started_utc"] = _startedUtc.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["wall_seconds"] = _phases.ToDictionary(p => p.Phase, p => Math.Round(p.Seconds, 3)),
            ["settings"] = Settings,
            ["packages"] = PackageVersions(),
        };
        writer.Write(JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true }).Replace("\r\n", "\n"));
        writer.Write('\n');
    }

    private static SortedDictionary<string, string> PackageVersions()
    {
        var versions = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic))
        {
            var name = assembly.GetName();
            if (name.Name is { } n && (n.StartsWith("LogisticsSim", StringComparison.Ordinal) || n is "YamlDotNet" or "MathNet.Numerics" or "Google.OrTools" or "ScottPlot" or "CsvHelper" or "System.CommandLine" or "Spectre.Console"))
            {
                versions[n] = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion?.Split('+')[0] ?? name.Version?.ToString() ?? "";
            }
        }
        return versions;
    }
}
