// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing.Search;

/// <summary>
/// A routing problem flattened into arrays for the ruin-and-recreate search. Points are numbered visits
/// first (0..N-1), then vehicle starts (N..N+V-1), then vehicle ends (N+V..N+2V-1). Every move's time
/// includes the service at the point left and, when it leaves for another node, the vehicle class's own time
/// at a stop (<see cref="TravelMatrix.PickupStopHours"/>), as in the solver model, so a route is timed by one pass.
/// </summary>
/// <remarks>
/// A job is what is served or left out as a whole: a pickup-and-delivery pair, a delivery loaded at the
/// vehicle start (one visit), or onboard cargo (one visit bound to its vehicle, never left out).
/// A single visit's cargo is on board from the start to the visit, so a route starts loaded with the
/// sum of its single visits and every visit then changes the load by its signed delta.
/// </remarks>
internal sealed class SearchInstance
{
    public const double Epsilon = 1e-9;

    public RoutingProblem Problem { get; }

    public int VisitCount { get; }

    public int VehicleCount { get; }

    /// <summary>Per vehicle class: time of a move from point a to point b (service at a included); +inf if impossible.</summary>
    public double[][][] Travel { get; }

    /// <summary>Per vehicle class: objective cost of a move from point a to point b.</summary>
    public double[][][] Cost { get; }

    public double[] Ready { get; }

    /// <summary>Hard latest service start: the window's due time, or the horizon when lateness is priced.</summary>
    public double[] Due { get; }

    /// <summary>Due time past which lateness is priced (+inf when due times are hard, and at starts and ends).</summary>
    public double[] SoftDue { get; }

    /// <summary>Per point: price of an hour of lateness there (a request's own price at its delivery, else the
    /// problem's, as the solver model prices it); 0 when due times are hard.</summary>
    public double[] LatePrice { get; }

    /// <summary>True when some point prices lateness: insertions must then price the delays they cause.</summary>
    public bool PricesLateness { get; }

    /// <summary>Per visit: true for a pickup (the vehicle class's pickup stop time applies), false for a delivery.</summary>
    public bool[] IsPickup { get; }

    /// <summary>Per visit: signed change of mass and volume when leaving it.</summary>
    public double[] DeltaTonnes { get; }

    public double[] DeltaCubic { get; }

    /// <summary>Per visit: tonnes carried from the start when it is a single visit, else 0.</summary>
    public double[] SingleTonnes { get; }

    public double[] SingleCubic { get; }

    public int[] JobOfVisit { get; }

    /// <summary>Per job: its first visit (the pickup of a pair), its second visit (the delivery) or -1.</summary>
    public (int First, int Second)[] JobVisits { get; }

    /// <summary>Per job: the penalty of leaving it out; +inf when it is mandatory.</summary>
    public double[] Penalty { get; }

    /// <summary>Per job: the only vehicle allowed to serve it, or -1.</summary>
    public int[] BoundVehicle { get; }

    /// <summary>Per job: the request index in the problem, or -1 for onboard cargo.</summary>
    public int[] RequestOfJob { get; }

    public double[] JobTonnes { get; }

    public int[] VehicleClass { get; }

    public double[] CapacityTonnes { get; }

    public double[] CapacityCubic { get; }

    public double[] FixedCost { get; }

    /// <summary>Per vehicle: the first vehicle identical to it when both are empty (same start, end, class,
    /// capacities, cost and availability, nothing on board), so that one empty route stands for all.</summary>
    public int[] EmptyTwin { get; }

    /// <summary>Per visit: the other visits, nearest first (cost of the first vehicle's class).</summary>
    public int[][] Neighbours { get; }

    /// <summary>Per visit: what the plan says is done there.</summary>
    public RouteSchedule.Visit[] Stops { get; }

    public int JobCount => JobVisits.Length;

    public int StartPoint(int vehicle) => VisitCount + vehicle;

    public int EndPoint(int vehicle) => VisitCount + VehicleCount + vehicle;

    public SearchInstance(RoutingProblem problem)
    {
        Problem = problem;
        var visits = new List<(int Location, double Tonnes, double Cubic, bool Single, int Job)>();
        var ownPrice = new List<double?>(); // per visit: the request's own lateness price, at its delivery only
        var stops = new List<RouteSchedule.Visit>();
        var jobs = new List<(int, int)>();
        var penalty = new List<double>();
        var bound = new List<int>();
        var requestOf = new List<int>();
        var jobTonnes = new List<double>();
        for (int r = 0; r < problem.Requests.Count; r++)
        {
            var request = problem.Requests[r];
            int job = jobs.Count;
            if (request.PickupLocation is int pickup)
            {
                visits.Add((pickup, request.Tonnes, request.CubicMeters, false, job));
                visits.Add((request.DeliveryLocation, -request.Tonnes, -request.CubicMeters, false, job));
                ownPrice.Add(null);
                ownPrice.Add(request.LatenessCostPerHour);
                stops.Add(new RouteSchedule.Visit(request.Id, StopKind.Pickup, pickup));
                stops.Add(new RouteSchedule.Visit(request.Id, StopKind.Delivery, request.DeliveryLocation));
                jobs.Add((visits.Count - 2, visits.Count - 1));
            }
            else
            {
                visits.Add((request.DeliveryLocation, request.Tonnes, request.CubicMeters, true, job));
                ownPrice.Add(request.LatenessCostPerHour);
                stops.Add(new RouteSchedule.Visit(request.Id, StopKind.Delivery, request.DeliveryLocation));
                jobs.Add((visits.Count - 1, -1));
            }
            penalty.Add(request.DropPenalty);
            bound.Add(-1);
            requestOf.Add(r);
            jobTonnes.Add(request.Tonnes);
        }
        for (int v = 0; v < problem.Vehicles.Count; v++)
        {
            foreach (var cargo in problem.Vehicles[v].Onboard)
            {
                visits.Add((cargo.DeliveryLocation, cargo.Tonnes, cargo.CubicMeters, true, jobs.Count));
                ownPrice.Add(null);
                stops.Add(new RouteSchedule.Visit(cargo.RequestId, StopKind.Delivery, cargo.DeliveryLocation));
                jobs.Add((visits.Count - 1, -1));
                penalty.Add(double.PositiveInfinity);
                bound.Add(v);
                requestOf.Add(-1);
                jobTonnes.Add(cargo.Tonnes);
            }
        }
        VisitCount = visits.Count;
        Stops = [.. stops];
        VehicleCount = problem.Vehicles.Count;
        JobVisits = [.. jobs];
        Penalty = [.. penalty];
        BoundVehicle = [.. bound];
        RequestOfJob = [.. requestOf];
        JobTonnes = [.. jobTonnes];
        JobOfVisit = visits.Select(v => v.Job).ToArray();
        DeltaTonnes = visits.Select(v => v.Single ? -v.Tonnes : v.Tonnes).ToArray();
        DeltaCubic = visits.Select(v => v.Single ? -v.Cubic : v.Cubic).ToArray();
        SingleTonnes = visits.Select(v => v.Single ? v.Tonnes : 0).ToArray();
        SingleCubic = visits.Select(v => v.Single ? v.Cubic : 0).ToArray();
        IsPickup = stops.Select(s => s.Kind == StopKind.Pickup).ToArray();

        var vehicles = problem.Vehicles;
        VehicleClass = vehicles.Select(v => v.MatrixClass).ToArray();
        CapacityTonnes = vehicles.Select(v => v.CapacityTonnes).ToArray();
        CapacityCubic = vehicles.Select(v => v.CapacityCubicMeters).ToArray();
        FixedCost = vehicles.Select(v => v.FixedCost).ToArray();
        EmptyTwin = new int[VehicleCount];
        for (int v = 0; v < VehicleCount; v++)
        {
            EmptyTwin[v] = v;
            if (vehicles[v].Onboard.Count > 0) continue;
            for (int w = 0; w < v; w++)
            {
                if (vehicles[w].Onboard.Count == 0 && SameWhenEmpty(vehicles[v], vehicles[w])) { EmptyTwin[v] = w; break; }
            }
        }

        int points = VisitCount + 2 * VehicleCount;
        var locationOf = new int[points]; // -1: an open route's end
        for (int i = 0; i < VisitCount; i++) locationOf[i] = visits[i].Location;
        Ready = new double[points];
        Due = new double[points];
        SoftDue = new double[points];
        Array.Fill(SoftDue, double.PositiveInfinity);
        double horizon = problem.HorizonHours;
        bool hardDue = problem.LatenessCostPerHour is null;
        LatePrice = new double[points];
        for (int i = 0; i < VisitCount; i++)
        {
            var window = problem.Locations[locationOf[i]].Window;
            Ready[i] = window.ReadyHours;
            Due[i] = hardDue ? Math.Min(window.DueHours, horizon) : horizon;
            if (!hardDue && window.DueHours < horizon) SoftDue[i] = window.DueHours;
            if (!hardDue) LatePrice[i] = ownPrice[i] ?? problem.LatenessCostPerHour!.Value;
        }
        PricesLateness = LatePrice.Any(p => p > 0);
        for (int v = 0; v < VehicleCount; v++)
        {
            var vehicle = vehicles[v];
            var start = problem.Locations[vehicle.StartLocation];
            locationOf[StartPoint(v)] = vehicle.StartLocation;
            Ready[StartPoint(v)] = Math.Max(vehicle.AvailableFromHours, start.Window.ReadyHours);
            Due[StartPoint(v)] = horizon;
            locationOf[EndPoint(v)] = vehicle.EndLocation ?? -1;
            Due[EndPoint(v)] = vehicle.EndLocation is int end && hardDue
                ? Math.Min(horizon, problem.Locations[end].Window.DueHours) : horizon;
        }

        int classes = problem.Matrices.Count;
        Travel = new double[classes][][];
        Cost = new double[classes][][];
        foreach (int c in VehicleClass.Distinct())
        {
            (Travel[c], Cost[c]) = Tables(problem, problem.Matrices[c], locationOf, points);
        }
        Neighbours = NearestFirst(Cost[VehicleClass[0]]);
    }

    private (double[][] Travel, double[][] Cost) Tables(RoutingProblem problem, TravelMatrix matrix, int[] locationOf, int points)
    {
        var travel = new double[points][];
        var cost = new double[points][];
        bool byTime = problem.Objective == RoutingObjective.Time;
        for (int a = 0; a < points; a++)
        {
            travel[a] = new double[points];
            cost[a] = new double[points];
            bool isEnd = a >= VisitCount + VehicleCount;
            if (isEnd) continue; // nothing leaves an end
            var from = problem.Locations[locationOf[a]];
            double service = a < VisitCount ? from.ServiceHours : 0;
            // The class's own time at a stop, paid on leaving for another node (once for consecutive visits to one node).
            double stop = a >= VisitCount ? 0 : IsPickup[a] ? matrix.PickupStopHours : matrix.DeliveryStopHours;
            for (int b = 0; b < points; b++)
            {
                bool isStart = b >= VisitCount && b < VisitCount + VehicleCount;
                if (a == b || isStart) { travel[a][b] = double.PositiveInfinity; continue; }
                if (locationOf[b] < 0)
                {
                    travel[a][b] = service + stop; // an open route ends where its last stop is, for free
                    continue;
                }
                int x = from.Node, y = problem.Locations[locationOf[b]].Node;
                double hours = matrix.Hours[x, y], money = matrix.Cost[x, y];
                if (!double.IsFinite(hours) || hours < 0 || !double.IsFinite(money) || money < 0)
                {
                    travel[a][b] = double.PositiveInfinity;
                    cost[a][b] = double.PositiveInfinity;
                    continue;
                }
                travel[a][b] = service + (x == y ? 0 : stop) + hours;
                cost[a][b] = byTime ? travel[a][b] : money;
            }
        }
        return (travel, cost);
    }

    private int[][] NearestFirst(double[][] cost)
    {
        var result = new int[VisitCount][];
        for (int i = 0; i < VisitCount; i++)
        {
            var others = Enumerable.Range(0, VisitCount).Where(j => j != i).ToArray();
            var keys = others.Select(j => Math.Min(cost[i][j], cost[j][i])).ToArray();
            Array.Sort(keys, others); // ties keep a fixed order: Array.Sort is deterministic for equal inputs
            result[i] = others;
        }
        return result;
    }

    private static bool SameWhenEmpty(RoutingVehicle a, RoutingVehicle b) =>
        a.StartLocation == b.StartLocation && a.EndLocation == b.EndLocation && a.MatrixClass == b.MatrixClass
        && a.CapacityTonnes.Equals(b.CapacityTonnes) && a.CapacityCubicMeters.Equals(b.CapacityCubicMeters)
        && a.FixedCost.Equals(b.FixedCost) && a.AvailableFromHours.Equals(b.AvailableFromHours);
}
