// SPDX-License-Identifier: Apache-2.0
using Xunit;

namespace LogisticsSim.Cli.Tests;

/// <summary>One run of the tutorial with every picture, shared by the report tests (a run takes seconds); its folder goes with it.</summary>
public sealed class ReportFixture : IDisposable
{
    private readonly TestFolder folder = new(nameof(ReportFixture));

    public ReportFixture()
    {
        Folder = folder.Path;
        var (exit, _, error) = Cli.Run("run", Cli.Scenario("tutorial.yaml"), "-r", "2", "--out", Folder, "--report", "--charts", "--geojson");
        Assert.True(exit == 0, error);
        Report = File.ReadAllText(Path.Combine(Folder, "report.html"));
    }

    public string Folder { get; }
    public string Report { get; }

    public void Dispose() => folder.Dispose();
}
