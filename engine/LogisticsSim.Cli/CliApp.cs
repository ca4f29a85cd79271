// SPDX-License-Identifier: Apache-2.0
using System.CommandLine;
using LogisticsSim.Cli.Commands;
using LogisticsSim.Core.Strategies;

namespace LogisticsSim.Cli;

/// <summary>
/// The `logisticssim` command line, runnable in-process for tests: every command writes to the
/// given writers, returns an exit code (0 ok, 2 invalid input, 1 internal error) and never lets a
/// stack trace reach the user.
/// </summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var context = new CliContext(stdout, stderr);
        var root = new RootCommand("LogisticsSim: simulate and plan shared humanitarian logistics services.")
        {
            RunCommand.Create(context),
            ValidateCommand.Create(context),
            CompareCommand.Create(context),
            SolveCommand.Create(context),
            PlanCommand.Create(context),
            ReportCommand.Create(context),
            SweepCommand.Create(context),
            MergeCommand.Create(context),
            SlurmCommand.Create(context),
            BenchmarkCommand.Create(context),
            CriticalityCommand.Create(context),
            ImportCommand.Create(context),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"error: {error.Message}");
            stderr.WriteLine("Run 'logisticssim --help' for usage.");
            return ExitCodes.InvalidInput;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UserInputException e)
        {
            stderr.WriteLine(e.Message);
            return ExitCodes.InvalidInput;
        }
        catch (StrategyException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return ExitCodes.InternalError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
            stderr.WriteLine("This is a bug in LogisticsSim; please report it with the command you ran.");
            return ExitCodes.InternalError;
        }
    }
}

/// <summary>Where commands write, and what they share.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error);
