// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Timelines;
using LogisticsSim.Reporting.Files;

namespace LogisticsSim.Reporting.Tests;

/// <summary>Small inputs written out by hand, so each chart's numbers can be checked against them.</summary>
internal static class Samples
{
    public static StrategyTimeline Timeline() => new("fcfs", new Timeline(
        [0.0, 12.0, 24.0],
        [
            new TimelineSeries(TimelineMeasures.DeliveredByDestination, "BUZI", [0.0, 2.0, 6.0]),
            new TimelineSeries(TimelineMeasures.DeliveredByItem, "food", [0.0, 2.0, 6.0]),
            new TimelineSeries(TimelineMeasures.DeprivationByDistrict, "BUZI", [0.0, 0.0, 50.0]),
            new TimelineSeries(TimelineMeasures.RequestedByDestination, "BUZI", [4.0, 8.0, 8.0]),
            new TimelineSeries(TimelineMeasures.RequestedByItem, "food", [4.0, 8.0, 8.0]),
            new TimelineSeries(TimelineMeasures.StockByNode, "PORT", [100.0, 96.0, 94.0]),
            new TimelineSeries(TimelineMeasures.UnmetByDestination, "BUZI", [4.0, 6.0, 2.0]),
            new TimelineSeries(TimelineMeasures.VehiclesBusyByMode, "road", [0.0, 2.0, 1.0]),
        ],
        [new LinkFlow("PORT-BUZI-road", 6)]));

    public static Scenario Tutorial() => Shipped("tutorial.yaml");

    /// <summary>scenarios/country/mozambique-country.yaml: 1,579 nodes, 1,595 links, 450 needs.</summary>
    public static Scenario Country() => Shipped(Path.Combine("country", "mozambique-country.yaml"));

    private static Scenario Shipped(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string file = Path.Combine(dir.FullName, "scenarios", name);
            if (File.Exists(file)) return ScenarioLoader.Load(file).Scenario!;
        }
        throw new FileNotFoundException($"scenarios/{name} not found above the test binaries");
    }
}
