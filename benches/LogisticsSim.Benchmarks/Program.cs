// SPDX-License-Identifier: Apache-2.0
using BenchmarkDotNet.Running;
using LogisticsSim.Benchmarks.Model;
using LogisticsSim.Benchmarks.Peer;
using LogisticsSim.Benchmarks.Sweep;

// `peer MODEL ...` and `model ...` print comparable RESULT lines; anything else goes to BenchmarkDotNet.
return args.FirstOrDefault() switch
{
    "peer" => PeerCommand.Run(args[1..]),
    "model" => ModelCommand.Run(args[1..]),
    "sweep-scaling" => SweepScalingCommand.Run(args[1..]),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(PeerCommand).Assembly).Run(args);
    return 0;
}
