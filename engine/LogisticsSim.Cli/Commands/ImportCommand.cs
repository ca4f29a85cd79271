// SPDX-License-Identifier: Apache-2.0
using System.CommandLine;
using System.Globalization;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Import;

namespace LogisticsSim.Cli.Commands;

/// <summary>
/// `logisticssim import --roads R [--places P] [--population H] [--snap-tolerance M] --out S`: writes a scenario
/// from open geodata. Bad input is reported, every problem located, with exit code 2 before anything is
/// written; the scenario is loaded and validated before it is written, so a file `import` writes always validates.
/// </summary>
public static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var roads = new Option<string>("--roads") { Description = "Road lines: GeoJSON (.geojson, .json) or a shapefile (.shp), in longitude and latitude (WGS 84).", Required = true };
        var places = new Option<string?>("--places") { Description = "Hubs, ports, airports, borders and districts: GeoJSON points, or a CSV with id, name, kind, lat, lon (and code)." };
        var population = new Option<string?>("--population") { Description = "An HXL-tagged CSV: #adm2+name or #adm2+code, #population, #inneed or #affected (#geo+lat, #geo+lon for districts the places lack)." };
        var tolerance = new Option<string>("--snap-tolerance")
        {
            Description = "Line ends within this many metres of another vertex join it (geodesic).",
            DefaultValueFactory = _ => ImportOptions.DefaultSnapToleranceMetres.ToString(CultureInfo.InvariantCulture),
        };
        var name = new Option<string?>("--name") { Description = "The scenario's name (default: the output file's name)." };
        var output = new Option<string>("--out") { Description = "The scenario file to write (YAML).", Required = true };
        var command = new Command("import", "Write a scenario from a road network (GeoJSON or shapefile), places and an HXL population table.")
        {
            roads, places, population, tolerance, name, output,
        };
        command.SetAction(parsed =>
        {
            string outPath = parsed.GetValue(output)!;
            string text = parsed.GetValue(tolerance)!;
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double metres) || !double.IsFinite(metres) || metres < 0)
            {
                throw new UserInputException($"error: --snap-tolerance: found '{text}', expected metres >= 0");
            }
            var options = new ImportOptions(parsed.GetValue(roads)!, parsed.GetValue(places), parsed.GetValue(population), metres,
                parsed.GetValue(name) ?? Path.GetFileNameWithoutExtension(outPath));
            var result = ScenarioImporter.Import(options);
            if (result.Errors.Count > 0)
            {
                int n = result.Errors.Count;
                throw new UserInputException($"{string.Join("\n", result.Errors)}\n{n} error{(n == 1 ? "" : "s")} in the inputs; nothing was written.");
            }
            // What import writes must load: a failure here is a bug in the importer, not in the user's files.
            var check = ScenarioLoader.LoadFromText(result.ScenarioText!, outPath, StrategyCatalog.Descriptors);
            if (check.Scenario is null) throw new InvalidOperationException($"the imported scenario does not validate:\n{check.ErrorReport}");
            string? folder = Path.GetDirectoryName(Path.GetFullPath(outPath));
            if (folder is not null) Directory.CreateDirectory(folder);
            File.WriteAllText(outPath, result.ScenarioText);
            foreach (string warning in result.Warnings) context.Error.WriteLine($"warning: {warning}");
            context.Out.WriteLine($"{outPath}: {result.Summary}");
            context.Out.WriteLine("The fleet, items, stock, needs and horizon are placeholders (marked PLACEHOLDER): edit them before use.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
