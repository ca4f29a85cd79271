// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Optimization.Routing;

namespace LogisticsSim.Optimization.Bench;

/// <summary>
/// A seeded planning epoch shaped like a cyclone response: a few hubs and many districts on a 300 km square,
/// trucks on roads (1.3 x straight distance, 40 km/h; one district in ten cut off by road) and helicopters by
/// air (180 km/h, 8x the cost per km, open routes); requests from hubs to districts, some heavier than any
/// vehicle, priorities 1-5, windows of one to three days, lateness at 20 per hour; some trucks already loaded.
/// </summary>
internal static class SyntheticEpoch
{
    public static RoutingProblem Create(ulong seed, int requestCount, int trucks, int helicopters, int loadedEvery = 4)
    {
        var rng = new SplitMix64(seed);
        const int hubs = 4, districts = 60;
        var points = Enumerable.Range(0, hubs + districts).Select(_ => (X: rng.Uniform(0, 300), Y: rng.Uniform(0, 300))).ToList();
        var cutOff = Enumerable.Range(hubs, districts).Where(_ => rng.Int(0, 9) == 0).ToHashSet();
        var road = Matrix("road", points, 1.3, 40, 1, (a, b) => cutOff.Contains(a) || cutOff.Contains(b));
        var air = Matrix("air", points, 1.0, 180, 8, (_, _) => false);

        var locations = Enumerable.Range(0, hubs).Select(h => new Location($"hub{h}", h, TimeWindow.Always, 0)).ToList();
        int AddVisit(string id, int node, TimeWindow window, double service)
        {
            locations.Add(new Location(id, node, window, service));
            return locations.Count - 1;
        }
        var vehicles = new List<RoutingVehicle>();
        for (int t = 0; t < trucks; t++)
        {
            int hub = rng.Int(0, hubs - 1);
            var onboard = new List<OnboardCargo>();
            if (loadedEvery > 0 && t % loadedEvery == 0)
            {
                int district = RoadDistrict(rng, hubs, districts, cutOff);
                onboard.Add(new OnboardCargo($"onboard{t}", AddVisit($"onboard{t}", district, new TimeWindow(0, 48), 0.25), rng.Uniform(3, 8), 15));
            }
            vehicles.Add(new RoutingVehicle($"truck{t}", hub, hub, 10, 40, 50, 0, rng.Uniform(0, 4), onboard));
        }
        for (int h = 0; h < helicopters; h++)
        {
            vehicles.Add(new RoutingVehicle($"heli{h}", rng.Int(0, hubs - 1), null, 2, 8, 200, 1, rng.Uniform(0, 4)));
        }

        var rule = DropPenaltyRule.ForCosts([road, air], RoutingObjective.Distance);
        var requests = new List<TransportRequest>();
        for (int r = 0; r < requestCount; r++)
        {
            double ready = rng.Uniform(0, 24), due = ready + rng.Uniform(24, 72);
            double tonnes = rng.Int(0, 19) == 0 ? rng.Uniform(11, 25) : rng.Uniform(0.5, 8);
            int priority = rng.Int(1, 5);
            int pickup = AddVisit($"p{r}", rng.Int(0, hubs - 1), new TimeWindow(ready, ready + 24), 0.5);
            int delivery = AddVisit($"d{r}", rng.Int(hubs, hubs + districts - 1), new TimeWindow(ready, due), 0.25);
            requests.Add(new TransportRequest($"req{r}", pickup, delivery, tonnes, tonnes * 2.5, priority, rule.For(tonnes, priority)));
        }
        return new RoutingProblem(locations, [road, air], vehicles, requests, 120, RoutingObjective.Distance, 20);
    }

    private static int RoadDistrict(SplitMix64 rng, int hubs, int districts, HashSet<int> cutOff)
    {
        while (true)
        {
            int d = rng.Int(hubs, hubs + districts - 1);
            if (!cutOff.Contains(d)) return d;
        }
    }

    private static TravelMatrix Matrix(string name, List<(double X, double Y)> points, double detour, double speed,
        double costPerKm, Func<int, int, bool> cut)
    {
        int n = points.Count;
        var hours = new double[n, n];
        var cost = new double[n, n];
        for (int a = 0; a < n; a++)
        {
            for (int b = 0; b < n; b++)
            {
                double km = detour * Math.Sqrt(Math.Pow(points[a].X - points[b].X, 2) + Math.Pow(points[a].Y - points[b].Y, 2));
                bool blocked = a != b && cut(a, b);
                hours[a, b] = blocked ? double.PositiveInfinity : km / speed;
                cost[a, b] = blocked ? double.PositiveInfinity : km * costPerKm;
            }
        }
        return new TravelMatrix(name, hours, cost);
    }
}
