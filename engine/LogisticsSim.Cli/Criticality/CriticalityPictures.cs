// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Cli.Output;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Reporting.Charts;
using LogisticsSim.Reporting.Files;
using LogisticsSim.Reporting.Maps;

namespace LogisticsSim.Cli.Criticality;

/// <summary>The tornado chart and the map of a study, drawn from criticality.json as written, so that they show what the tables say.</summary>
public static class CriticalityPictures
{
    public const string Tornado = TornadoChart.FileName;
    public const string Map = CriticalityMap.FileName;

    public static void Add(PendingFiles files, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(files);
        var results = CriticalityJson.Read(files.Texts[CriticalityJson.FileName], CriticalityJson.FileName);
        files.Add(Tornado, TornadoChart.Svg(results));
        files.Add(Map, CriticalityMap.Svg(scenario, results));
    }
}
