// SPDX-License-Identifier: Apache-2.0
using System.Diagnostics;
using System.Globalization;
using System.Text;
using LogisticsSim.Core.Strategies;
using SimTime = LogisticsSim.Kernel.SimTime;

namespace LogisticsSim.Cli.Strategies;

/// <summary>
/// A policy in another language: the program starts at the run's first epoch and, per epoch, reads one
/// snapshot line on its standard input and writes one answer line on its standard output. If it
/// crashes, hangs past the timeout or answers something invalid, the error is reported (strategy,
/// epoch, what was wrong) and the priority rule decides the rest of the run, each such epoch counted
/// in strategy_fallbacks; with on-error=fail the run fails instead.
/// </summary>
public sealed class ExecStrategy(string name, ExecOptions options, TextWriter? warnings) : IStrategy, IDisposable
{
    private readonly PriorityStrategy _fallback = new();
    private readonly StringBuilder _stderr = new();
    private Process? _process;
    private bool _failed;
    private int _epoch;

    public string Name => name;

    public SimTime? ReplanEvery => null;

    public int Fallbacks { get; private set; }

    public IReadOnlyList<Decision> Decide(ISnapshot snapshot)
    {
        _epoch++;
        if (_failed)
        {
            Fallbacks++;
            return _fallback.Decide(snapshot);
        }
        var (decisions, problem) = Ask(snapshot);
        if (decisions is not null) return decisions;
        string message = string.Create(CultureInfo.InvariantCulture,
            $"strategy {name}: epoch {_epoch} at {snapshot.Now.Hours:0.###} h: {problem}{StderrTail()}");
        Stop();
        if (options.FailOnError) throw new StrategyException(message);
        _failed = true;
        if (warnings is not null)
        {
            lock (warnings) warnings.WriteLine($"warning: {message}; the priority rule decides for the rest of this run");
        }
        Fallbacks++;
        return _fallback.Decide(snapshot);
    }

    private (IReadOnlyList<Decision>? Decisions, string? Problem) Ask(ISnapshot snapshot)
    {
        try
        {
            var process = _process ??= Start();
            if (process.HasExited) return (null, $"the program exited with code {process.ExitCode}");
            process.StandardInput.WriteLine(ExecProtocol.Snapshot(snapshot, _epoch));
            process.StandardInput.Flush();
            var read = process.StandardOutput.ReadLineAsync();
            if (!read.Wait(options.Timeout))
            {
                return (null, string.Create(CultureInfo.InvariantCulture, $"no answer within {options.Timeout.TotalSeconds:0.###} s (timeout)"));
            }
            if (read.Result is not { } line)
            {
                process.WaitForExit(1000);
                return (null, process.HasExited ? $"the program exited with code {process.ExitCode} without answering" : "the program closed its output");
            }
            var (decisions, problem) = ExecProtocol.Answer(line, snapshot);
            return problem is null ? (decisions, null) : (null, $"invalid answer: {problem}: {Shorten(line)}");
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or System.ComponentModel.Win32Exception or AggregateException)
        {
            // A program that ends before reading its snapshot breaks the pipe; how it ended says more than the pipe.
            if (_process is { } started && started.WaitForExit(1000)) return (null, $"the program exited with code {started.ExitCode}");
            return (null, $"the program could not be run or talked to ({e.GetBaseException().Message})");
        }
    }

    private Process Start()
    {
        var info = new ProcessStartInfo
        {
            FileName = OperatingSystem.IsWindows() ? "cmd.exe" : "/bin/sh",
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(OperatingSystem.IsWindows() ? "/c" : "-c");
        // exec: the shell becomes the program, so stopping it stops the policy itself.
        info.ArgumentList.Add(OperatingSystem.IsWindows() ? options.Command : "exec " + options.Command);
        var process = new Process { StartInfo = info };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_stderr)
            {
                if (_stderr.Length < 4000) _stderr.Append(e.Data).Append('\n');
            }
        };
        process.Start();
        process.BeginErrorReadLine();
        return process;
    }

    private string StderrTail()
    {
        lock (_stderr)
        {
            string text = _stderr.ToString().Trim();
            if (text.Length == 0) return "";
            var lines = text.Split('\n');
            return "; its error output ends: " + string.Join(" | ", lines.TakeLast(3));
        }
    }

    private static string Shorten(string line) => line.Length <= 200 ? line : line[..200] + "...";

    private void Stop()
    {
        if (_process is not { } p) return;
        try
        {
            if (!p.HasExited)
            {
                p.Kill(entireProcessTree: true);
                p.WaitForExit(2000);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone: nothing to stop.
        }
        p.Dispose();
        _process = null;
    }

    /// <summary>Ends the program at the end of the run: closing its input is the signal to exit.</summary>
    public void Dispose()
    {
        if (_process is { } p)
        {
            try
            {
                p.StandardInput.Close();
                p.WaitForExit(2000);
            }
            catch (Exception e) when (e is IOException or InvalidOperationException)
            {
                // It stopped on its own.
            }
        }
        Stop();
    }
}
