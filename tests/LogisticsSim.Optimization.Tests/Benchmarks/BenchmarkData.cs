// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Tests.Benchmarks;

/// <summary>Where the shipped benchmark instances are: in benches/data, or named by an environment variable.</summary>
internal static class BenchmarkData
{
    public static string Folder
    {
        get
        {
            string? fromEnvironment = Environment.GetEnvironmentVariable("LOGISTICSSIM_BENCHMARKS");
            if (!string.IsNullOrEmpty(fromEnvironment)) return fromEnvironment;
            return RepoFiles.Data();
        }
    }

    public static string LiLim(string name) => Path.Combine(Folder, "li-lim-100", name + ".txt");

    public static string Solomon(string name) => Path.Combine(Folder, "solomon", name + ".txt");
}
