// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Benchmarks;

/// <summary>A benchmark instance as published: coordinates on a plane, travel time = Euclidean distance.</summary>
/// <param name="Name">File name without extension, as keyed in BKS.json.</param>
/// <param name="Family">Li and Lim or Solomon.</param>
/// <param name="VehicleCount">Fleet size available.</param>
/// <param name="Capacity">Capacity of every vehicle.</param>
/// <param name="Sites">Depot first, then tasks, indexed by id.</param>
/// <param name="Pairs">Li and Lim pickup and delivery site ids; empty for Solomon, whose customers are all
/// deliveries from the depot.</param>
public sealed record BenchmarkInstance(
    string Name,
    BenchmarkFamily Family,
    int VehicleCount,
    double Capacity,
    IReadOnlyList<BenchmarkSite> Sites,
    IReadOnlyList<(int Pickup, int Delivery)> Pairs)
{
    /// <summary>Tasks (every site but the depot).</summary>
    public int TaskCount => Sites.Count - 1;

    /// <summary>Requests: pairs for Li and Lim, customers for Solomon.</summary>
    public int RequestCount => Family == BenchmarkFamily.LiLim ? Pairs.Count : TaskCount;

    /// <summary>Euclidean distance between two sites, unrounded.</summary>
    public double Distance(int from, int to)
    {
        var a = Sites[from];
        var b = Sites[to];
        return Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
    }
}
