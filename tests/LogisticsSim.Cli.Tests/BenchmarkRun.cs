// SPDX-License-Identifier: Apache-2.0
using Xunit;

namespace LogisticsSim.Cli.Tests;

/// <summary>
/// A small benchmark run once for the tests of a class: two small suite scenarios, two replications, fcfs and priority,
/// and a stand-in for the reference that the protocol names hindsight (it runs priority, so its figures are known).
/// </summary>
public sealed class BenchmarkRun : IDisposable
{
    private readonly TestFolder _work = new(nameof(BenchmarkRun));

    public BenchmarkRun()
    {
        Protocol = WriteProtocol(_work);
        Folder = Path.Combine(_work, "whole");
        var (exit, output, error) = Cli.Run("benchmark", Protocol, "--out", Folder, "--threads", "1");
        Assert.True(exit == 0, error);
        Output = output;
    }

    /// <summary>The protocol file.</summary>
    public string Protocol { get; }

    /// <summary>The finished benchmark's folder.</summary>
    public string Folder { get; }

    /// <summary>What the benchmark printed.</summary>
    public string Output { get; }

    /// <summary>A new folder for a test's own run.</summary>
    public string NewFolder() => _work.NewFolder();

    /// <summary>A small protocol in <paramref name="dir"/>; <paramref name="extra"/> is added at its end.</summary>
    public static string WriteProtocol(string dir, string extra = "")
    {
        string suite = Path.Combine(Cli.Repo, "scenarios", "suite");
        string path = Path.Combine(dir, "protocol.yaml");
        File.WriteAllText(path, $"""
            suite: small
            description: Two small scenarios of the suite.
            seed: 20221130
            replications: 2
            scenarios:
              - {Path.Combine(suite, "ample-fleet-malawi.yaml")}
              - {Path.Combine(suite, "tight-fleet-coxs-bazar.yaml")}
            strategies: [fcfs, priority, {"{name: hindsight, use: priority}"}]
            budgets:
              ortools: {"{solution_limit: 5}"}

            """ + extra);
        return path;
    }

    public void Dispose() => _work.Dispose();
}
