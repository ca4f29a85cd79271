// SPDX-License-Identifier: Apache-2.0
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace LogisticsSim.Cli.Tests;

/// <summary>
/// A private one-node Slurm (tests/slurm/start.sh): munged, slurmctld and slurmd on free ports, with their
/// munge key and socket, slurm.conf, state, spool, logs and pid files in a temp folder, and nothing under
/// /etc or /run. Disposing stops them (tests/slurm/stop.sh: the jobs, then each daemon by pid, SIGTERM and
/// SIGKILL after a grace period), kills whatever of the cluster is still there, and removes the folder;
/// it throws if something outlived all that. A start that fails halfway stops what it started.
/// </summary>
public sealed class SlurmCluster : IDisposable
{
    private static readonly string Scripts = Path.Combine(Cli.Repo, "tests", "slurm");
    private static readonly string[] DaemonNames = ["munged", "slurmctld", "slurmd"];
    private readonly TestFolder folder = new("slurm");
    private readonly Dictionary<int, ulong> recorded = [];
    private bool disposed;

    public SlurmCluster()
    {
        Conf = Path.Combine(folder.Path, "slurm.conf");
        try
        {
            var (code, output) = Execute("bash", [Path.Combine(Scripts, "start.sh"), folder.Path], TimeSpan.FromMinutes(2));
            Record();
            if (code != 0) throw new InvalidOperationException($"Slurm did not start (start.sh exited with {code}):\n{output}");
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The generated slurm.conf, which every client call names through SLURM_CONF.</summary>
    public string Conf { get; }

    public string Folder => folder.Path;

    /// <summary>The daemons started, by pid.</summary>
    public IReadOnlyCollection<int> Daemons => recorded.Keys;

    /// <summary>Runs a Slurm client (sbatch, squeue, scancel) against this cluster.</summary>
    public (int Code, string Output) Run(string program, params string[] args) => Execute(program, args, TimeSpan.FromMinutes(2), Conf);

    /// <summary>
    /// The cluster's processes still running: a daemon it started (the same process, not a pid reused since),
    /// any process with a file in its folder open (a job step writes the node's log), any job process.
    /// </summary>
    public IReadOnlyList<int> Remaining()
    {
        var left = new SortedSet<int>(recorded.Where(d => StartTime(d.Key) == d.Value).Select(d => d.Key));
        foreach (string dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out int pid) || pid == Environment.ProcessId) continue;
            if ((HasFileIn(pid, folder.Path) || NamesConf(pid, Conf)) && StartTime(pid) is not null) left.Add(pid);
        }
        return [.. left];
    }

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        Record(); // before stop.sh: a daemon removes its pid file as it ends
        var (code, output) = Execute("bash", [Path.Combine(Scripts, "stop.sh"), folder.Path], TimeSpan.FromMinutes(2));
        var left = Remaining();
        foreach (int pid in left) Kill(pid);
        var clock = Stopwatch.StartNew();
        while ((left = Remaining()).Count > 0 && clock.Elapsed < TimeSpan.FromSeconds(10)) Thread.Sleep(100);
        folder.Dispose();
        if (code != 0 || left.Count > 0)
        {
            throw new InvalidOperationException($"Slurm did not stop cleanly (stop.sh exited with {code}; still running: {string.Join(", ", left)}):\n{output}");
        }
    }

    /// <summary>Notes each daemon whose pid start.sh recorded, with its start time, so that a reused pid is never taken for it.</summary>
    private void Record()
    {
        foreach (string name in DaemonNames)
        {
            string file = Path.Combine(folder.Path, "run", name + ".pid");
            if (File.Exists(file) && int.TryParse(File.ReadAllText(file).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int pid)
                && StartTime(pid) is ulong started)
            {
                recorded.TryAdd(pid, started);
            }
        }
    }

    /// <summary>When a running process started (in clock ticks since boot), or null when none runs under that pid.</summary>
    /// <remarks>An ended daemon whose parent never reaps it stays a zombie: it counts as ended.</remarks>
    private static ulong? StartTime(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        // "pid (name) state ppid ...": the name may hold spaces, so fields are counted after its ')'.
        string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return fields[0] is "Z" or "X" ? null : ulong.Parse(fields[19], CultureInfo.InvariantCulture);
    }

    private static bool HasFileIn(int pid, string dir)
    {
        try
        {
            return Directory.EnumerateFileSystemEntries($"/proc/{pid}/fd")
                .Any(fd => new FileInfo(fd).LinkTarget?.StartsWith(dir + "/", StringComparison.Ordinal) == true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool NamesConf(int pid, string conf)
    {
        try
        {
            return Encoding.UTF8.GetString(File.ReadAllBytes($"/proc/{pid}/environ")).Split('\0').Contains("SLURM_CONF=" + conf);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void Kill(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // It ended meanwhile.
        }
    }

    private static (int Code, string Output) Execute(string program, IEnumerable<string> args, TimeSpan timeout, string? conf = null)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args) info.ArgumentList.Add(arg);
        if (conf is not null)
        {
            info.Environment["SLURM_CONF"] = conf;
            // Jobs inherit the submitter's environment. Without diagnostics, a .NET task that scancel kills
            // leaves no debugger pipe or diagnostic socket behind in the temp folder.
            info.Environment["DOTNET_EnableDiagnostics"] = "0";
        }
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{program} {string.Join(' ', args)}: no answer in {timeout.TotalSeconds} s");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
