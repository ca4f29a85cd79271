// SPDX-License-Identifier: Apache-2.0
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace LogisticsSim.Cli.Sweeps;

/// <summary>A sweep's progress bar on a terminal (done, failed, units per second, time left); silent elsewhere.</summary>
public static class SweepProgressBar
{
    public static T Run<T>(IAnsiConsole console, Func<ISweepProgress?, T> work)
    {
        if (!console.Profile.Capabilities.Interactive) return work(null);
        T result = default!;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(ctx => result = work(new Bar(ctx)));
        return result;
    }

    private sealed class Bar(ProgressContext context) : ISweepProgress
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private ProgressTask? _task;
        private int _done, _failed;

        public void Start(int units) => _task = context.AddTask("units", maxValue: Math.Max(units, 1));

        public void Finished(string unitId, string? error)
        {
            int done = Interlocked.Increment(ref _done);
            int failed = error is null ? Volatile.Read(ref _failed) : Interlocked.Increment(ref _failed);
            if (_task is not { } task) return;
            double rate = done / Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
            task.Description = string.Create(CultureInfo.InvariantCulture, $"done {done - failed}, failed {failed}, {rate:F1}/s");
            task.Increment(1);
        }
    }
}
