// SPDX-License-Identifier: Apache-2.0
using System.CommandLine;

namespace LogisticsSim.Cli.Commands;

/// <summary>`logisticssim validate SCENARIO`: checks a file and lists every problem in it.</summary>
public static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario file (YAML) to check." };
        var command = new Command("validate", "Check a scenario file and list every problem in it.") { scenario };
        command.SetAction(parsed =>
        {
            var loaded = ScenarioFiles.Load(parsed.GetValue(scenario));
            int requests = loaded.Demand.Requests.Count, vehicles = loaded.Fleet.Sum(f => f.Count);
            context.Out.WriteLine($"{parsed.GetValue(scenario)}: ok: '{loaded.Name}', {loaded.Network.Nodes.Count} nodes, " +
                $"{loaded.Network.Links.Count} links, {vehicles} vehicles, {requests} listed requests, " +
                $"{loaded.Demand.Arrivals.Count} request streams, {loaded.Demand.Needs.Count} needs, {loaded.Hazards.Count} hazards");
            return ExitCodes.Ok;
        });
        return command;
    }
}
