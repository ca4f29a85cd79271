// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Tests;

/// <summary>The repository the tests run from, its shipped scenarios, and the data under benches/data.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = Find();

    public static string Scenario(string name) => Path.Combine(Root, "scenarios", name);

    /// <summary>A path under <c>benches/data</c>, the published instances the repository carries.</summary>
    public static string Data(params string[] parts) => Path.Combine([Root, "benches", "data", .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LogisticsSim.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("LogisticsSim.sln not found above the test binaries");
    }
}
