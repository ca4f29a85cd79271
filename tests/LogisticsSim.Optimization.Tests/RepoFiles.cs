// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Tests;

/// <summary>The repository the tests run from, its shipped scenarios, and the shared data beside it.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = Find();

    public static string Scenario(string name) => Path.Combine(Root, "scenarios", name);

    /// <summary>A path under <c>../shared</c>, the data that lies beside the repository.</summary>
    public static string Shared(params string[] parts) => Path.Combine([Root, "..", "shared", .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LogisticsSim.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("LogisticsSim.sln not found above the test binaries");
    }
}
