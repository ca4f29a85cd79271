// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Optimization.Routing;

namespace LogisticsSim.Optimization.Strategies;

/// <summary>
/// A first plan for an epoch, built in microseconds for the search to improve: parts by falling price of an
/// hour late (then due time), each given to the vehicle where it costs least (its lateness at the price the
/// solver uses, plus the moves), as a trip from wherever that vehicle is when its earlier trips end; a part
/// joins the vehicle's last trip when that trip goes between the same two places and has room.
/// </summary>
/// <remarks>
/// The solver's own insertion heuristics price only the moves, not lateness: with every vehicle at one
/// depot they give all the work to the first vehicle, and a small search budget does not undo that.
/// </remarks>
internal static class GreedyStart
{
    private sealed class Trip(int pickup, int delivery, double arrival, double done)
    {
        public int Pickup { get; } = pickup;
        public int Delivery { get; } = delivery;
        public List<int> Parts { get; } = [];
        public double Tonnes { get; set; }
        public double CubicMeters { get; set; }
        public double Arrival { get; set; } = arrival;
        public double Done { get; set; } = done;
    }

    public static IReadOnlyList<VehicleRoute> Routes(RoutingProblem p)
    {
        var trips = p.Vehicles.Select(_ => new List<Trip>()).ToArray();
        var node = p.Vehicles.Select(v => p.Locations[v.StartLocation].Node).ToArray();
        var free = p.Vehicles.Select(v => v.AvailableFromHours).ToArray();
        var order = Enumerable.Range(0, p.Requests.Count)
            .OrderByDescending(r => Price(p.Requests[r]) / Math.Max(p.Requests[r].Tonnes, 1e-9))
            .ThenBy(r => p.Locations[p.Requests[r].DeliveryLocation].Window.DueHours)
            .ThenBy(r => r);
        foreach (int r in order)
        {
            var request = p.Requests[r];
            if (request.PickupLocation is not int pickupLocation) continue;
            var pickup = p.Locations[pickupLocation];
            var delivery = p.Locations[request.DeliveryLocation];
            double due = delivery.Window.DueHours, price = Price(request);
            (int Vehicle, Trip? Join, double Cost, double Arrival, double Done) best = (-1, null, double.PositiveInfinity, 0, 0);
            for (int v = 0; v < p.Vehicles.Count; v++)
            {
                var vehicle = p.Vehicles[v];
                if (request.Tonnes > vehicle.CapacityTonnes + 1e-9 || request.CubicMeters > vehicle.CapacityCubicMeters + 1e-9) continue;
                var m = p.Matrices[vehicle.MatrixClass];
                double toPickup = m.Hours[node[v], pickup.Node], carry = m.Hours[pickup.Node, delivery.Node];
                if (!double.IsFinite(toPickup) || !double.IsFinite(carry)) continue;
                // Joining the last trip: the same places, more to handle at both ends.
                if (trips[v].Count > 0 && trips[v][^1] is { } last && last.Pickup == pickupLocation && last.Delivery == request.DeliveryLocation
                    && last.Tonnes + request.Tonnes <= vehicle.CapacityTonnes + 1e-9 && last.CubicMeters + request.CubicMeters <= vehicle.CapacityCubicMeters + 1e-9)
                {
                    double arrival = last.Arrival + pickup.ServiceHours;
                    double done = last.Done + pickup.ServiceHours + delivery.ServiceHours;
                    double cost = price * Math.Max(0, arrival - due);
                    if (done <= p.HorizonHours && cost < best.Cost) best = (v, last, cost, arrival, done);
                }
                // A vehicle that arrives before loading may start there (a queue at the node) waits.
                double start = Math.Max(free[v] + toPickup, pickup.Window.ReadyHours);
                double arrive = start + pickup.ServiceHours + m.PickupStopHours + carry;
                double end = arrive + delivery.ServiceHours + m.DeliveryStopHours;
                if (end > p.HorizonHours) continue;
                double moves = Finite(m.Cost[node[v], pickup.Node]) + Finite(m.Cost[pickup.Node, delivery.Node]);
                double total = price * Math.Max(0, arrive - due) + moves;
                if (total < best.Cost) best = (v, null, total, arrive, end);
            }
            // Left out where leaving it out is cheaper, as the solver would.
            if (best.Vehicle < 0 || best.Cost >= request.DropPenalty) continue;
            var trip = best.Join;
            if (trip is null)
            {
                trip = new Trip(pickupLocation, request.DeliveryLocation, best.Arrival, best.Done);
                trips[best.Vehicle].Add(trip);
            }
            trip.Parts.Add(r);
            trip.Tonnes += request.Tonnes;
            trip.CubicMeters += request.CubicMeters;
            trip.Arrival = best.Arrival;
            trip.Done = best.Done;
            free[best.Vehicle] = best.Done;
            node[best.Vehicle] = delivery.Node;
        }
        return p.Vehicles.Select((v, i) => new VehicleRoute(v.Id, trips[i].SelectMany(t =>
                t.Parts.Select(r => new PlannedStop(p.Requests[r].Id, StopKind.Pickup, t.Pickup, 0, 0))
                    .Concat(t.Parts.Select(r => new PlannedStop(p.Requests[r].Id, StopKind.Delivery, t.Delivery, 0, 0))))
            .ToArray())).ToArray();
    }

    private static double Price(TransportRequest r) => r.LatenessCostPerHour ?? 0;

    private static double Finite(double cost) => double.IsFinite(cost) ? cost : 0;
}
