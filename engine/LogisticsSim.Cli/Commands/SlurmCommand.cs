// SPDX-License-Identifier: Apache-2.0
using System.CommandLine;
using System.Globalization;
using LogisticsSim.Cli.Benchmarks;
using LogisticsSim.Cli.Output;
using LogisticsSim.Cli.Sweeps;
using LogisticsSim.Core.Experiments.Benchmarks;

namespace LogisticsSim.Cli.Commands;

/// <summary>
/// `logisticssim slurm EXPERIMENT --out DIR [--partition P] [--tasks N]`: writes DIR/sweep.sbatch, a
/// Slurm job array whose task i runs `sweep --shard i/N --resume`, and prints how to submit it, watch
/// it, resubmit only the shards with missing units, and merge. Given a benchmark suite's folder or protocol
/// (with `benchmark`'s --strategies, --baseline and --reference, passed on), its tasks run `benchmark` instead.
/// </summary>
public static class SlurmCommand
{
    public const string ScriptName = "sweep.sbatch";

    public static Command Create(CliContext context)
    {
        var experiment = new Argument<string>("experiment") { Description = "The experiment file (YAML), or a benchmark suite's folder or protocol file." };
        var output = new Option<string>("--out", "-o") { Description = "Folder for the script, the results and the tasks' logs (on a file system every node sees).", Required = true };
        var partition = new Option<string?>("--partition", "-p") { Description = "Slurm partition (default: the cluster's default)." };
        var tasks = new Option<int>("--tasks", "-n") { Description = "Array tasks, i.e. shards.", DefaultValueFactory = _ => 10 };
        var cpus = new Option<int>("--cpus-per-task", "-c") { Description = "Cores per task; each task runs its units on them.", DefaultValueFactory = _ => 1 };
        var time = new Option<string?>("--time") { Description = "Time limit per task, as Slurm writes it (e.g. 02:00:00)." };
        var exe = new Option<string?>("--exe") { Description = "The logisticssim executable the tasks run (default: this one)." };
        var benchmark = new BenchmarkOptions();
        var command = new Command("slurm", "Write a Slurm job array script that runs an experiment, or a benchmark's protocol, in shards, resumably.")
        {
            experiment, output, partition, tasks, cpus, time, exe,
        };
        benchmark.AddTo(command);
        command.SetAction(parsed =>
        {
            int n = parsed.GetValue(tasks), c = parsed.GetValue(cpus);
            if (n < 1) throw new UserInputException($"error: --tasks: found {n}, expected a whole number >= 1");
            if (c < 1) throw new UserInputException($"error: --cpus-per-task: found {c}, expected a whole number >= 1");
            string file = Path.GetFullPath(parsed.GetValue(experiment)!);
            string dir = Path.GetFullPath(parsed.GetValue(output)!);
            var given = benchmark.Given(parsed);
            SweepSetup setup;
            BenchmarkSetup? suite = null;
            // Refuse a bad experiment or protocol now, not on the cluster.
            if (ProtocolLoader.IsProtocol(file))
            {
                suite = benchmark.Load(parsed, file);
                setup = suite.Sweep;
                SweepFolder.Check(dir, setup, [ScriptName, BenchmarkFile.Name, .. LeaderboardMerge.Outputs]);
            }
            else
            {
                if (given.Count > 0) throw new UserInputException($"error: {given[0]}: found it with the experiment {file}, expected it only with a benchmark suite or protocol (an experiment lists its own strategies)");
                setup = SweepSetup.Load(file);
                SweepFolder.Check(dir, setup, ScriptName);
            }
            if (File.Exists(Path.Combine(dir, "logs"))) throw new UserInputException($"error: --out: found the file {Path.Combine(dir, "logs")}, expected the folder of the tasks' logs (or nothing)");
            string program = Path.GetFullPath(parsed.GetValue(exe) ?? DefaultExecutable());
            string script = Script(setup.Plan.Experiment.Name, file, dir, program, n, c, parsed.GetValue(partition), parsed.GetValue(time), suite is null ? null : given);
            if (suite is not null) BenchmarkFile.Write(dir, suite);
            new OutputDirectory(dir).Write(ScriptName, w => w.Write(script));
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path.Combine(dir, ScriptName), (UnixFileMode)0b111_101_101);
            Directory.CreateDirectory(Path.Combine(dir, "logs"));
            string sbatch = Quote(Path.Combine(dir, ScriptName));
            context.Out.Write(string.Create(CultureInfo.InvariantCulture, $"""
                wrote {Path.Combine(dir, ScriptName)}: {n} array task(s) over {setup.Units.Count} unit(s), {c} core(s) each
                submit:    sbatch {sbatch}
                watch:     squeue --name={Quote(JobName(setup.Plan.Experiment.Name, suite is not null))}    (logs in {Quote(Path.Combine(dir, "logs"))})
                resubmit the shards with missing units (after a task failed, timed out or was cancelled; the list is empty when none is):
                           sbatch --array=$({Quote(program)} merge {Quote(dir)} --missing-shards {n}) {sbatch}
                merge:     {Quote(program)} merge {Quote(dir)}

                """).Replace("\r\n", "\n"));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The sbatch script; a task resumes, so resubmitting a whole array, or any of its tasks, is safe.</summary>
    /// <param name="name">The experiment's or suite's name.</param>
    /// <param name="experiment">The experiment file, or the suite's folder or protocol file.</param>
    /// <param name="dir">The output folder.</param>
    /// <param name="program">The logisticssim executable.</param>
    /// <param name="tasks">Array tasks (shards).</param>
    /// <param name="cpus">Cores per task.</param>
    /// <param name="partition">Slurm partition, or null.</param>
    /// <param name="time">Time limit per task, or null.</param>
    /// <param name="benchmark">For a benchmark's protocol, the options its tasks pass on to `benchmark` (the strategies, baseline, reference); null for an experiment, whose tasks run `sweep`.</param>
    public static string Script(string name, string experiment, string dir, string program, int tasks, int cpus, string? partition, string? time,
        IReadOnlyList<string>? benchmark = null)
    {
        string what = benchmark is null ? "the experiment" : "the benchmark";
        var lines = new List<string>
        {
            "#!/bin/bash",
            $"# Runs {what} {name} as a job array: task i runs shard i of {tasks}, skipping units already done.",
            $"#SBATCH --job-name={JobName(name, benchmark is not null)}",
            $"#SBATCH --array=0-{tasks - 1}",
            $"#SBATCH --cpus-per-task={cpus}",
            $"#SBATCH --output={Path.Combine(dir, "logs", "%A_%a.out")}",
        };
        if (partition is not null) lines.Add($"#SBATCH --partition={partition}");
        if (time is not null) lines.Add($"#SBATCH --time={time}");
        lines.Add("set -euo pipefail");
        // Relative paths in the experiment (an exec: strategy's program) mean what they meant where the script was written.
        lines.Add($"cd {Quote(Directory.GetCurrentDirectory())}");
        string verb = benchmark is null ? "sweep" : "benchmark";
        string passed = benchmark is null ? "" : string.Concat(benchmark.Select(a => " " + Quote(a)));
        lines.Add($"exec {Quote(program)} {verb} {Quote(experiment)} --out {Quote(dir)} --shard \"${{SLURM_ARRAY_TASK_ID}}/{tasks}\" --resume --threads \"${{SLURM_CPUS_PER_TASK:-{cpus}}}\"{passed}");
        return string.Join("\n", lines) + "\n";
    }

    private static string JobName(string experiment, bool benchmark = false) => (benchmark ? "benchmark-" : "sweep-") + experiment;

    private static string DefaultExecutable()
    {
        string beside = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "logisticssim.exe" : "logisticssim");
        return File.Exists(beside) ? beside : Environment.ProcessPath ?? "logisticssim";
    }

    /// <summary>Single-quoted for the shell.</summary>
    public static string Quote(string s) => s.All(ch => char.IsAsciiLetterOrDigit(ch) || "/._-+=:@%".Contains(ch)) ? s : "'" + s.Replace("'", "'\\''") + "'";
}
