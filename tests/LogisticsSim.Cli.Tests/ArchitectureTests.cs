using System.Reflection;
using Xunit;

namespace LogisticsSim.Cli.Tests;

/// <summary>Dependencies point one way (Cli -> Core -> Kernel); a reference the wrong way fails here.</summary>
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
    public void Reporting_DependsOnCoreAndScottPlot_NeverOnTheOptimiserOrTheCommand()
    {
        var allowed = new[] { "LogisticsSim.Core", "LogisticsSim.Kernel", "ScottPlot", "SkiaSharp" };
        Assert.All(References("LogisticsSim.Reporting"), r => Assert.Contains(r, allowed));
    }

    [Fact]
    public void OnlyReporting_DrawsWithScottPlot()
    {
        foreach (string assembly in new[] { "LogisticsSim.Kernel", "LogisticsSim.Core", "LogisticsSim.Optimization", "logisticssim" })
        {
            Assert.DoesNotContain("ScottPlot", References(assembly));
        }
    }
}
