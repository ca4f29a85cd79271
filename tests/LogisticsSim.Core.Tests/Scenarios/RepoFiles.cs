namespace LogisticsSim.Core.Tests.Scenarios;

/// <summary>Finds files of the repository (the shipped scenarios, the schema) from the test binaries' folder.</summary>
internal static class RepoFiles
{
    public static string ScenariosDir { get; } = Find();

    public static string Scenario(string name) => Path.Combine(ScenariosDir, name);

    public static IEnumerable<string> ShippedScenarios() =>
        Directory.EnumerateFiles(ScenariosDir, "*.yaml").Order(StringComparer.Ordinal);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "scenarios");
            if (File.Exists(Path.Combine(candidate, "scenario.schema.json"))) return candidate;
        }
        throw new DirectoryNotFoundException("no scenarios/scenario.schema.json above " + AppContext.BaseDirectory);
    }
}
