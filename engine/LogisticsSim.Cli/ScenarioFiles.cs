// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Scenarios;

namespace LogisticsSim.Cli;

/// <summary>Finds and loads scenario files; the default is the shipped Idai-Beira scenario.</summary>
public static class ScenarioFiles
{
    public const string DefaultName = "idai-beira.yaml";

    /// <summary>The shipped scenarios' folder, beside the executable.</summary>
    public static string ShippedFolder => Path.Combine(AppContext.BaseDirectory, "scenarios");

    public static string Resolve(string? path) => path ?? Path.Combine(ShippedFolder, DefaultName);

    /// <summary>Loads and validates a scenario (strategy names and options included), or throws every error in the file at once.</summary>
    public static Scenario Load(string? path)
    {
        if (path is not null && path.StartsWith('-')) throw new UserInputException($"error: unknown option '{path}'; run 'logisticssim --help' for usage");
        string file = Resolve(path);
        if (!File.Exists(file)) throw new UserInputException($"{file}: no such file");
        var result = ScenarioLoader.Load(file, StrategyCatalog.Descriptors);
        if (result.Scenario is { } scenario) return scenario;
        int n = result.Errors.Count;
        throw new UserInputException($"{result.ErrorReport}\n{n} error{(n == 1 ? "" : "s")} in {file}; nothing was run.");
    }
}
