// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Optimization.Bench;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Length == 0)
{
    Console.Error.WriteLine("""
        usage:
          bench folder DIR... [--seconds 10] [--solutions N] [--strategy rr|ils|gls|greedy] [--first pci|lci|auto]
                              [--fixed-cost C] [--only PREFIX,...]
                              ruin and recreate (rr, the default): [--removed 10] [--max-string 10] [--split-rate 0.5]
                                [--split-depth 0.01] [--blink 0.01] [--t0 1] [--t1 0.01] [--seed 1]
                              iterated local search (ils): [--ruin 20] [--sisr] [--recreate pci|lci] [--anneal T]
          bench epoch [--requests 300] [--trucks 40] [--helicopters 20] [--seed 1] [--first pci|lci|auto]
          bench plan FILE [--solvers scip,highs] [--gap 0.01] [--reps 5] [--threads N]
          bench epochs FILE [--with 'ortools[option=value,...]'] [--days D] [--replication 0] [--slowest 10]
        """);
    return 2;
}
var options = new BenchOptions(args.Skip(1));
return args[0] switch
{
    "folder" => FolderBenchmark.Run(options, Console.Out),
    "epoch" => EpochBenchmark.Run(options, Console.Out),
    "plan" => PlanBenchmark.Run(options, Console.Out),
    "epochs" => ScenarioEpochsBenchmark.Run(options, Console.Out),
    _ => 2,
};
