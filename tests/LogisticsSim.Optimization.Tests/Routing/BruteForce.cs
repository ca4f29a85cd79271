// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Optimization.Routing;

namespace LogisticsSim.Optimization.Tests.Routing;

/// <summary>
/// The exact optimum of a tiny pickup-and-delivery problem: every assignment of requests to vehicles (or to
/// "dropped"), and for each vehicle every order of its stops with each pickup before its delivery.
/// </summary>
internal static class BruteForce
{
    public static double Optimum(RoutingProblem p)
    {
        int n = p.Requests.Count, vehicles = p.Vehicles.Count;
        double best = double.PositiveInfinity;
        var choice = new int[n];
        int combinations = (int)Math.Pow(vehicles + 1, n);
        for (int code = 0; code < combinations; code++)
        {
            int rest = code;
            for (int r = 0; r < n; r++, rest /= vehicles + 1) choice[r] = rest % (vehicles + 1) - 1;
            double total = Enumerable.Range(0, n).Where(r => choice[r] < 0).Sum(r => p.Requests[r].DropPenalty);
            for (int v = 0; v < vehicles && total < best; v++)
            {
                var mine = Enumerable.Range(0, n).Where(r => choice[r] == v).Select(r => p.Requests[r]).ToList();
                total += BestRoute(p, p.Vehicles[v], mine);
            }
            best = Math.Min(best, total);
        }
        return best;
    }

    private static double BestRoute(RoutingProblem p, RoutingVehicle v, List<TransportRequest> requests)
    {
        double best = double.PositiveInfinity;
        var sequence = new List<(TransportRequest, StopKind)>();
        var picked = new HashSet<string>();
        var delivered = new HashSet<string>();
        void Extend()
        {
            if (sequence.Count == 2 * requests.Count)
            {
                best = Math.Min(best, ReferenceObjective.RouteCost(p, v, sequence));
                return;
            }
            foreach (var r in requests)
            {
                if (!picked.Contains(r.Id))
                {
                    Visit(r, StopKind.Pickup, picked);
                }
                else if (!delivered.Contains(r.Id))
                {
                    Visit(r, StopKind.Delivery, delivered);
                }
            }
        }
        void Visit(TransportRequest r, StopKind kind, HashSet<string> done)
        {
            done.Add(r.Id);
            sequence.Add((r, kind));
            Extend();
            sequence.RemoveAt(sequence.Count - 1);
            done.Remove(r.Id);
        }
        Extend();
        return best;
    }
}
