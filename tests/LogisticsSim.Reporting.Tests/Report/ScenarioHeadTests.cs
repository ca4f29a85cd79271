// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Reporting.Report;

namespace LogisticsSim.Reporting.Tests.Report;

/// <summary>A report prints a country's scenario file (400 KB) only as far as a reader would read it; the file stays beside it.</summary>
public sealed class ScenarioHeadTests
{
    [Fact]
    public void ASmallFile_IsPrintedWhole()
    {
        const string yaml = "name: small\nnetwork:\n  nodes: []\n";
        Assert.Equal((yaml, 0, 0), HtmlReport.ScenarioHead(yaml));
    }

    [Fact]
    public void ALargeFile_IsCutAtTheLastWholeLineThatFits_AndSaysHowManyFollow()
    {
        // 30,000 lines of 9 characters and a line end: 300,000 characters.
        string yaml = string.Concat(Enumerable.Range(0, 30_000).Select(i => $"  - {i:00000}\n"));
        var (shown, lines, left) = HtmlReport.ScenarioHead(yaml);
        Assert.Equal(HtmlReport.MaxScenarioChars / 10, lines);
        Assert.Equal(30_000 - lines, left);
        Assert.EndsWith($"  - {lines - 1:00000}\n...", shown, StringComparison.Ordinal);
        Assert.True(shown.Length <= HtmlReport.MaxScenarioChars + 3);
    }
}
