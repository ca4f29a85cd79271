// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing;

/// <summary>
/// Splits requests that no vehicle can carry whole into equal parts that one vehicle can carry.
/// The planner does this before solving; the simulator can call it to know the parts it will see in plans.
/// </summary>
public static class RequestSplitter
{
    /// <summary>Id of part <paramref name="part"/> (1-based) of request <paramref name="requestId"/>.</summary>
    public static string PartId(string requestId, int part) => $"{requestId}#{part}";

    /// <summary>
    /// Returns the requests with each oversized one replaced by the fewest equal parts (tonnes, m3, drop
    /// penalty and own lateness price divided equally) such that one vehicle of the fleet can carry a part in both mass and volume.
    /// Parts get ids from <see cref="PartId"/> and <see cref="TransportRequest.SplitFrom"/> set to the original id.
    /// A request that some vehicle can carry is returned unchanged; one that no vehicle can carry even in
    /// parts (every vehicle has zero capacity in a needed dimension) is also returned unchanged, to be dropped.
    /// </summary>
    public static IReadOnlyList<TransportRequest> SplitOversized(
        IReadOnlyList<TransportRequest> requests, IReadOnlyList<RoutingVehicle> vehicles)
    {
        var result = new List<TransportRequest>(requests.Count);
        foreach (var request in requests)
        {
            int parts = PartsNeeded(request, vehicles);
            if (parts <= 1)
            {
                result.Add(request);
                continue;
            }
            for (int k = 1; k <= parts; k++)
            {
                result.Add(request with
                {
                    Id = PartId(request.Id, k),
                    Tonnes = request.Tonnes / parts,
                    CubicMeters = request.CubicMeters / parts,
                    DropPenalty = request.DropPenalty / parts,
                    LatenessCostPerHour = request.LatenessCostPerHour / parts,
                    SplitFrom = request.SplitFrom ?? request.Id,
                });
            }
        }
        return result;
    }

    /// <summary>The problem with <see cref="SplitOversized(IReadOnlyList{TransportRequest}, IReadOnlyList{RoutingVehicle})"/> applied.</summary>
    public static RoutingProblem SplitOversized(RoutingProblem problem)
    {
        var requests = SplitOversized(problem.Requests, problem.Vehicles);
        return requests.Count == problem.Requests.Count ? problem : problem with { Requests = requests };
    }

    /// <summary>Fewest equal parts one vehicle can carry; 1 when whole fits or nothing helps.</summary>
    private static int PartsNeeded(TransportRequest request, IReadOnlyList<RoutingVehicle> vehicles)
    {
        double best = double.PositiveInfinity;
        foreach (var v in vehicles)
        {
            double parts = Math.Max(
                PartsFor(request.Tonnes, v.CapacityTonnes), PartsFor(request.CubicMeters, v.CapacityCubicMeters));
            best = Math.Min(best, parts);
        }
        return double.IsFinite(best) && best > 1 ? (int)best : 1;
    }

    private static double PartsFor(double quantity, double capacity)
    {
        if (quantity <= 0) return 1;
        if (capacity <= 0) return double.PositiveInfinity;
        // A tolerance so that 30 t on 10 t vehicles gives 3 parts, not 4 from rounding noise.
        return Math.Max(1, Math.Ceiling(quantity / capacity - 1e-9));
    }
}
