// SPDX-License-Identifier: Apache-2.0
using Spectre.Console;

namespace LogisticsSim.Cli;

/// <summary>A progress bar over replications on a terminal; silent elsewhere (logs, tests, CI).</summary>
public static class Progress
{
    public static T Run<T>(IAnsiConsole console, int total, Func<IProgress<int>, T> work)
    {
        if (!console.Profile.Capabilities.Interactive) return work(new Progress<int>(_ => { }));
        T result = default!;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("replications", maxValue: total);
                result = work(new Counter(task));
            });
        return result;
    }

    /// <summary>Counts finished units straight from the worker threads (Spectre's task is thread-safe).</summary>
    private sealed class Counter(ProgressTask task) : IProgress<int>
    {
        public void Report(int value) => task.Increment(1);
    }
}
