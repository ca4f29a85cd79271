// SPDX-License-Identifier: Apache-2.0
using Xunit;

namespace LogisticsSim.Cli.Tests;

/// <summary>The tests' temp folders go away with everything in them, even a folder made read-only (which stops a plain delete, except for root).</summary>
public sealed class TestFolderTests
{
    [Fact]
    public void Dispose_RemovesTheFolderAndAllItHolds()
    {
        var folder = new TestFolder();
        Assert.True(Directory.Exists(folder));
        Assert.StartsWith(Path.Combine(Path.GetTempPath(), "logisticssim-DisposeRemovesTheFolderAndAllItHolds-"), folder.Path, StringComparison.Ordinal);
        string inner = Directory.CreateDirectory(Path.Combine(folder, "a", "b")).FullName;
        File.WriteAllText(Path.Combine(inner, "file.txt"), "x");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(inner, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        folder.Dispose();
        Assert.Equal(TestFolder.Keep, Directory.Exists(folder));
    }
}
