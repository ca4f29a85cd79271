// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Bench;

internal static class EpochBenchmark
{
    public static int Run(BenchOptions options, TextWriter output) => 0;
}
