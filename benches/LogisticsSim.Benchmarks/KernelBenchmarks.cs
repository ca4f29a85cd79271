// SPDX-License-Identifier: Apache-2.0
using BenchmarkDotNet.Attributes;
using LogisticsSim.Benchmarks.Peer;

namespace LogisticsSim.Benchmarks;

/// <summary>The peers' three models on the kernel, under BenchmarkDotNet (fixed seeds).</summary>
[MemoryDiagnoser]
public class KernelBenchmarks
{
    [Benchmark]
    public long Timeouts_1000Processes_200kEvents() => new TimeoutsModel(1000, 200_000, 42).Run().KernelEvents;

    [Benchmark]
    public long Mmc_100kCustomers() => new MmcModel(100_000, 42).Run().KernelEvents;

    [Benchmark]
    public long Trucks_OneReplication() => new TrucksModel(42, 0).Run().KernelEvents;
}
