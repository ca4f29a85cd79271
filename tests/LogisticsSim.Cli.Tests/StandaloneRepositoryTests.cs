// SPDX-License-Identifier: Apache-2.0
using System.Diagnostics;
using Xunit;

namespace LogisticsSim.Cli.Tests;

/// <summary>
/// A fresh clone has nothing beside it: no file of the repository may read from a sibling folder
/// named "shared" (the data the tests and examples need lives under benches/).
/// </summary>
public class StandaloneRepositoryTests
{
    // Built from pieces so that this file does not match itself.
    private static readonly string[] Needles =
    [
        ".." + "/" + "shared",
        ".." + "\\" + "shared",
        "\"..\", " + "\"shared\"",
    ];

    [Fact]
    public void NoFile_RefersToAFolderBesideTheRepository()
    {
        var files = RepositoryFiles();
        Assert.Contains("README.md", files);
        var offenders = new List<string>();
        foreach (string file in files)
        {
            string path = Path.Combine(Cli.Repo, file);
            if (!File.Exists(path)) continue; // deleted in the work tree but not yet in the index
            string[] lines = File.ReadAllLines(path);
            for (int i = 0; i < lines.Length; i++)
            {
                if (Needles.Any(n => lines[i].Contains(n, StringComparison.Ordinal))) offenders.Add($"{file}:{i + 1}: {lines[i].Trim()}");
            }
        }
        Assert.True(offenders.Count == 0, string.Join('\n', offenders));
    }

    /// <summary>The tracked files, from git; in a copy without git, every file outside build output.</summary>
    private static List<string> RepositoryFiles()
    {
        try
        {
            var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Cli.Repo };
            foreach (string arg in new[] { "ls-files", "-z" }) start.ArgumentList.Add(arg);
            using var git = Process.Start(start)!;
            string listed = git.StandardOutput.ReadToEnd();
            git.StandardError.ReadToEnd();
            git.WaitForExit();
            if (git.ExitCode == 0) return listed.Split('\0', StringSplitOptions.RemoveEmptyEntries).ToList();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // git is not installed: walk the folder instead.
        }
        var skipped = new HashSet<string>(StringComparer.Ordinal) { "bin", "obj", ".git", "TestResults", "BenchmarkDotNet.Artifacts" };
        return Directory.EnumerateFiles(Cli.Repo, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Cli.Repo, f))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(skipped.Contains))
            .ToList();
    }
}
