// SPDX-License-Identifier: Apache-2.0
using System.Text.Json;
using LogisticsSim.Cli.Output;
using LogisticsSim.Core.Experiments;
using Spectre.Console;
using Xunit;

namespace LogisticsSim.Cli.Tests;

public sealed class ComparisonTableTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The KPI names compare.json holds and the table shows (the medians stay in the files).</summary>
    private static string[] Shown(string dir)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "compare.json")));
        return json.RootElement.GetProperty("kpis").EnumerateObject().Select(p => p.Name).Where(n => !n.Contains(".p50", StringComparison.Ordinal)).ToArray();
    }

    [Theory]
    [InlineData(0.9561, "0.956")]
    [InlineData(12207.4, "12,207")]
    [InlineData(733479123.0, "733,479,123")]
    [InlineData(57393442002079.95, "5.739e+13")]
    [InlineData(-34733152434947.76, "-3.473e+13")]
    public void Format_ShortensFiguresOfABillionAndMore(double value, string shown) => Assert.Equal(shown, KpiTable.Format(value));

    [Fact]
    public void At80Columns_NoLineLonger_EveryKpiNameWhole()
    {
        // Output to a writer that is not a terminal is laid out for 80 columns.
        string dir = _folder.NewFolder();
        var (exit, output, error) = Cli.Run("compare", "-r", "2", "--strategies", "fcfs,priority", "--out", dir);
        Assert.True(exit == 0, error);
        var lines = output.Split('\n').Where(l => !l.StartsWith("wrote ", StringComparison.Ordinal)).ToArray();
        Assert.All(lines, l => Assert.True(l.Length <= 80, $"{l.Length} columns: {l}"));
        var names = Shown(dir);
        Assert.Contains("wait_h.by_priority.2.p95", names);
        foreach (string name in names)
        {
            Assert.Contains(lines, l => l.Contains($"│ {name} ", StringComparison.Ordinal));
        }
        Assert.Contains(lines, l => l.Contains("│   priority - fcfs ", StringComparison.Ordinal));
    }

    [Fact]
    public void OnAWideTerminal_OneRowPerKpi_WithEveryFigure()
    {
        string dir = _folder.NewFolder();
        Assert.Equal(0, Cli.Run("compare", Cli.Scenario("tutorial.yaml"), "-r", "3", "--out", dir).Exit);
        var runs = new[] { "fcfs", "priority" }.Select(s =>
            ReplicationRunner.Run(ScenarioFiles.Load(Cli.Scenario("tutorial.yaml")), StrategyCatalog.For(s, ScenarioFiles.Load(Cli.Scenario("tutorial.yaml"))), 3)).ToArray();
        var comparison = new Comparison(runs);
        string Print(int width)
        {
            var writer = new StringWriter { NewLine = "\n" };
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No,
            });
            console.Profile.Width = width;
            ComparisonTable.Print(console, comparison, "Tutorial", 3);
            return writer.ToString();
        }
        var wide = Print(250).Split('\n');
        var fill = comparison.Rows.Single(r => r.Path == "on_time_rate");
        string row = Assert.Single(wide, l => l.StartsWith("│ on_time_rate ", StringComparison.Ordinal));
        Assert.Contains(KpiTable.Format(fill.PerStrategy[0].Mean), row);
        Assert.Contains(KpiTable.Range(fill.PerStrategy[1]), row);
        Assert.Contains(KpiTable.Range(fill.DifferenceToFirst[1]!), row);
        Assert.Contains(wide, l => l.Contains("priority - fcfs", StringComparison.Ordinal) && l.Contains("95% interval", StringComparison.Ordinal));
        Assert.True(wide.Max(l => l.Length) > 80);
        // The same comparison at 80 columns: blocks.
        var narrow = Print(80).Split('\n');
        Assert.True(narrow.Max(l => l.Length) <= 80);
        Assert.Contains(narrow, l => l.StartsWith("│ on_time_rate ", StringComparison.Ordinal) && !l.Contains("..", StringComparison.Ordinal));
    }
}
