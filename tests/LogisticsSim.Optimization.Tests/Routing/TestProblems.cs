// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Optimization.Routing;
using Xunit;

namespace LogisticsSim.Optimization.Tests.Routing;

/// <summary>Builders for small problems on a plane: cost = Euclidean km, hours = km / speed.</summary>
internal static class TestProblems
{
    public static TravelMatrix Euclidean(IReadOnlyList<(double X, double Y)> points, double speedKmPerHour = 10,
        double costPerKm = 1, string name = "road")
    {
        int n = points.Count;
        var hours = new double[n, n];
        var cost = new double[n, n];
        for (int a = 0; a < n; a++)
        {
            for (int b = 0; b < n; b++)
            {
                double km = Math.Sqrt(Math.Pow(points[a].X - points[b].X, 2) + Math.Pow(points[a].Y - points[b].Y, 2));
                hours[a, b] = km / speedKmPerHour;
                cost[a, b] = km * costPerKm;
            }
        }
        return new TravelMatrix(name, hours, cost);
    }

    /// <summary>One location per point, all always open, with the given service time.</summary>
    public static List<Location> OpenLocations(int count, double serviceHours = 0) =>
        Enumerable.Range(0, count).Select(i => new Location($"L{i}", i, TimeWindow.Always, serviceHours)).ToList();

    /// <summary>
    /// The tiny instances every search is held to the brute-force optimum on: seed, requests, vehicles. Seeds were
    /// chosen before looking at results; odd seeds have hard due times, even seeds priced lateness.
    /// </summary>
    public static TheoryData<ulong, int, int> TinyInstances => new()
    {
        { 1UL, 3, 1 }, { 2UL, 3, 1 }, { 3UL, 3, 2 }, { 4UL, 3, 2 },
        { 5UL, 4, 1 }, { 6UL, 4, 1 }, { 7UL, 4, 2 }, { 8UL, 4, 2 },
    };

    /// <summary>
    /// A random tiny pickup-and-delivery problem: depot at location 0, one pickup and one delivery location per
    /// request, windows that sometimes bind, capacities that sometimes bind, penalties that sometimes make a drop
    /// optimal, lateness priced on even seeds.
    /// </summary>
    public static RoutingProblem RandomTiny(ulong seed, int requests, int vehicles)
    {
        var rng = new SplitMix64(seed);
        var points = new List<(double, double)> { (10, 10) };
        var locations = new List<Location> { new("depot", 0, new TimeWindow(0, 24), 0) };
        var list = new List<TransportRequest>();
        for (int r = 0; r < requests; r++)
        {
            double ready = rng.Int(0, 3);
            for (int k = 0; k < 2; k++)
            {
                points.Add((rng.Int(0, 20), rng.Int(0, 20)));
                double open = ready + k * rng.Int(0, 2);
                locations.Add(new Location($"r{r}{(k == 0 ? "p" : "d")}", points.Count - 1,
                    new TimeWindow(open, open + rng.Int(2, 5)), 0.25));
            }
            list.Add(new TransportRequest($"r{r}", 2 * r + 1, 2 * r + 2, rng.Int(3, 7), 0, rng.Int(1, 3), rng.Int(15, 60)));
        }
        var fleet = Enumerable.Range(0, vehicles)
            .Select(v => new RoutingVehicle($"v{v}", 0, v == 1 ? null : 0, 10, 0, fixedCost: rng.Int(0, 1) * 10))
            .ToList();
        double? lateness = seed % 2 == 0 ? 5 : null;
        return new RoutingProblem(locations, [Euclidean(points)], fleet, list, 24, LatenessCostPerHour: lateness);
    }
}
