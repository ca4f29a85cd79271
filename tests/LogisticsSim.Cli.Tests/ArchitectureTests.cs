using System.Reflection;
using ArchUnitNET.Loader;
using LogisticsSim.Core.Scenarios;
using Xunit;

namespace LogisticsSim.Cli.Tests;

/// <summary>
/// Dependencies point one way (Cli -> {Optimization, Reporting, Import} -> Core -> Kernel), and inside Core from
/// folder to folder without a cycle; a reference the wrong way fails here.
/// </summary>
public class ArchitectureTests
{
    private static string[] References(string assembly) =>
        Assembly.Load(assembly).GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n is not "netstandard" and not "mscorlib" and not "Microsoft.Win32.Primitives")
            .Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Kernel_DependsOnNothing() => Assert.Empty(References("LogisticsSim.Kernel"));

    [Fact]
    public void Core_DependsOnKernelAndItsLibrariesOnly()
    {
        var allowed = new[] { "LogisticsSim.Kernel", "MathNet.Numerics", "YamlDotNet" };
        Assert.All(References("LogisticsSim.Core"), r => Assert.Contains(r, allowed));
    }

    [Fact]
    public void Reporting_DependsOnCoreScottPlotAndCsvHelper_NeverOnTheOptimiserOrTheCommand()
    {
        var allowed = new[] { "LogisticsSim.Core", "LogisticsSim.Kernel", "ScottPlot", "SkiaSharp", "CsvHelper" };
        Assert.All(References("LogisticsSim.Reporting"), r => Assert.Contains(r, allowed));
    }

    [Fact]
    public void Import_DependsOnCoreNetTopologySuiteAndCsvHelper_NeverOnTheOptimiserReportingOrTheCommand()
    {
        var allowed = new[] { "LogisticsSim.Core", "LogisticsSim.Kernel", "NetTopologySuite", "NetTopologySuite.Features", "NetTopologySuite.IO.GeoJSON4STJ", "NetTopologySuite.IO.Esri.Shapefile", "CsvHelper" };
        Assert.All(References("LogisticsSim.Import"), r => Assert.Contains(r, allowed));
    }

    [Theory]
    [InlineData("LogisticsSim.Kernel")]
    [InlineData("LogisticsSim.Core")]
    [InlineData("LogisticsSim.Optimization")]
    [InlineData("LogisticsSim.Reporting")]
    public void OnlyImport_ReadsGeodata(string assembly) =>
        Assert.DoesNotContain(References(assembly), r => r.StartsWith("NetTopologySuite", StringComparison.Ordinal));

    [Fact]
    public void OnlyReporting_DrawsWithScottPlot()
    {
        foreach (string assembly in new[] { "LogisticsSim.Kernel", "LogisticsSim.Core", "LogisticsSim.Optimization", "logisticssim" })
        {
            Assert.DoesNotContain("ScottPlot", References(assembly));
        }
    }

    [Theory]
    [InlineData("LogisticsSim.Kernel")]
    [InlineData("LogisticsSim.Core")]
    [InlineData("LogisticsSim.Reporting")]
    [InlineData("logisticssim")]
    public void OnlyOptimization_ReferencesOrTools(string assembly)
    {
        Assert.Contains(References("LogisticsSim.Optimization"), IsOrTools);
        Assert.DoesNotContain(References(assembly), IsOrTools);
    }

    [Fact]
    public void Optimization_DependsOnCoreAndOrTools_NeverOnReportingOrTheCommand()
    {
        var allowed = new[] { "LogisticsSim.Core", "LogisticsSim.Kernel", "Google.OrTools", "Google.Protobuf" };
        Assert.All(References("LogisticsSim.Optimization"), r => Assert.Contains(r, allowed));
    }

    /// <summary>
    /// Core's folders (Network, Fleet, Demand, Scenarios, Response, Kpis, ...) reference each other without
    /// a cycle, counting every type a type names in its signatures and method bodies. A folder's
    /// sub-namespaces (Scenarios.Reading) are part of it.
    /// </summary>
    [Fact]
    public void Core_FoldersReferenceEachOther_WithoutCycles()
    {
        var graph = FolderGraph(typeof(Scenario).Assembly, "LogisticsSim.Core");
        Assert.Contains("Network", graph["Response"].Keys); // the scan sees references at all
        var cycle = Cycle(graph.ToDictionary(kv => kv.Key, kv => (IEnumerable<string>)kv.Value.Keys));
        Assert.True(cycle is null, cycle is null ? "" : "a cycle between Core's folders: " + string.Join(
            "; ", cycle.Zip(cycle.Skip(1), (from, to) => $"{from} -> {to} ({graph[from][to]})")));
    }

    [Fact]
    public void Cycle_ThroughThreeFolders_Found_AndNoneInADag()
    {
        var cyclic = new Dictionary<string, IEnumerable<string>>
        {
            ["Kpis"] = [], ["Planning"] = ["Response"], ["Response"] = ["Kpis", "Scenarios"], ["Scenarios"] = ["Planning"],
        };
        Assert.Equal(["Planning", "Response", "Scenarios", "Planning"], Cycle(cyclic));
        var acyclic = new Dictionary<string, IEnumerable<string>> { ["A"] = ["B", "C"], ["B"] = ["C"], ["C"] = [] };
        Assert.Null(Cycle(acyclic));
    }

    private static bool IsOrTools(string name) => name.StartsWith("Google.OrTools", StringComparison.Ordinal);

    /// <summary>For each folder of <paramref name="root"/>, the folders its types reference, each with one example reference.</summary>
    private static SortedDictionary<string, SortedDictionary<string, string>> FolderGraph(Assembly assembly, string root)
    {
        var architecture = new ArchLoader().LoadAssemblies(assembly).Build();
        var graph = new SortedDictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var type in architecture.Types)
        {
            if (Folder(type.Namespace.FullName, root) is not { } from) continue;
            if (!graph.TryGetValue(from, out var edges)) graph[from] = edges = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var dependency in type.Dependencies)
            {
                if (Folder(dependency.Target.Namespace.FullName, root) is { } to && to != from) edges.TryAdd(to, $"{type.FullName} -> {dependency.Target.FullName}");
            }
        }
        return graph;
    }

    /// <summary>The first namespace segment under the root (Scenarios for LogisticsSim.Core.Scenarios.Reading), or null outside it.</summary>
    private static string? Folder(string ns, string root) =>
        ns == root ? "(root)" : ns.StartsWith(root + ".", StringComparison.Ordinal) ? ns[(root.Length + 1)..].Split('.')[0] : null;

    /// <summary>A cycle as the folders along it, the first repeated at the end; null when there is none. Depth first, in name order.</summary>
    private static List<string>? Cycle(IReadOnlyDictionary<string, IEnumerable<string>> graph)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        List<string>? Visit(string node)
        {
            int at = path.IndexOf(node);
            if (at >= 0) return [.. path[at..], node];
            if (!done.Add(node)) return null;
            path.Add(node);
            foreach (string next in graph.GetValueOrDefault(node, []).Order(StringComparer.Ordinal))
            {
                if (Visit(next) is { } cycle) return cycle;
            }
            path.RemoveAt(path.Count - 1);
            return null;
        }
        foreach (string node in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(node) is { } cycle) return cycle;
        }
        return null;
    }
}
