// SPDX-License-Identifier: Apache-2.0
using System.Runtime.CompilerServices;

namespace LogisticsSim.Tests;

/// <summary>
/// A new, empty folder under the system's temp folder for one test, removed with all it holds on disposal,
/// so that the suite leaves the machine as it found it. With LOGISTICSSIM_KEEP_TEST_FILES=1 the folder stays
/// for a look at what the test wrote; its name starts with the test's. It converts to its path, so that it
/// goes wherever a path does (Path.Combine, a command's arguments).
/// </summary>
internal sealed class TestFolder : IDisposable
{
    public const string KeepVariable = "LOGISTICSSIM_KEEP_TEST_FILES";

    /// <param name="name">Starts the folder's name; the calling test's by default.</param>
    public TestFolder([CallerMemberName] string name = "")
    {
        string prefix = new(name.Where(char.IsAsciiLetterOrDigit).Take(40).ToArray());
        Path = Directory.CreateTempSubdirectory($"logisticssim-{prefix}-").FullName;
    }

    public string Path { get; }

    public static bool Keep => Environment.GetEnvironmentVariable(KeepVariable) == "1";

    public static implicit operator string(TestFolder folder) => folder.Path;

    public override string ToString() => Path;

    /// <summary>A new, empty folder inside this one (f0, f1, ...), for a test that needs several.</summary>
    public string NewFolder() => Directory.CreateDirectory(System.IO.Path.Combine(Path, $"f{_folders++}")).FullName;

    private int _folders;

    public void Dispose()
    {
        if (Keep) return;
        for (int attempt = 1; Directory.Exists(Path); attempt++)
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            // A process the test started (a browser, a job) may still be closing its files: give it a moment.
            catch (IOException) when (attempt < 20)
            {
                Thread.Sleep(100);
            }
            // A test may have made a folder read-only (to see a command refuse it); without root that stops the delete.
            catch (UnauthorizedAccessException) when (attempt < 20 && !OperatingSystem.IsWindows())
            {
                var reachable = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
                foreach (string dir in Directory.EnumerateDirectories(Path, "*", reachable).Prepend(Path))
                {
                    File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }
            }
        }
    }
}
