// SPDX-License-Identifier: Apache-2.0
using Google.OrTools.ConstraintSolver;

namespace LogisticsSim.Optimization.Routing.OrTools;

/// <summary>
/// The OR-Tools pickup-and-delivery model of one problem. Owns the index manager, which must outlive the
/// routing model that points into it, so both are disposed together.
/// </summary>
internal sealed class SolverModel : IDisposable
{
    public const string TimeDimension = "time";
    public const string MassDimension = "mass_kg";
    public const string VolumeDimension = "volume_litres";

    public RoutingProblem Problem { get; }

    public VisitLayout Layout { get; }

    public RoutingIndexManager Manager { get; }

    public RoutingModel Model { get; }

    public RoutingDimension Time { get; }

    public SolverModel(RoutingProblem problem)
    {
        Problem = problem;
        Layout = new VisitLayout(problem);
        int vehicles = problem.Vehicles.Count;
        Manager = new RoutingIndexManager(Layout.Nodes.Count, vehicles, Layout.StartNodes, Layout.EndNodes);
        Model = new RoutingModel(Manager);
        long horizon = ModelScale.TicksDown(problem.HorizonHours);

        var (timeEvaluators, costEvaluators) = RegisterTransits(horizon);
        for (int v = 0; v < vehicles; v++)
        {
            Model.SetArcCostEvaluatorOfVehicle(costEvaluators[problem.Vehicles[v].MatrixClass], v);
            Model.SetFixedCostOfVehicle(ModelScale.Cost(problem.Vehicles[v].FixedCost), v);
        }
        var vehicleTime = problem.Vehicles.Select(v => timeEvaluators[v.MatrixClass]).ToArray();
        // Slack up to the horizon: vehicles may wait anywhere for a window to open.
        Model.AddDimensionWithVehicleTransits(vehicleTime, horizon, horizon, false, TimeDimension);
        Time = Model.GetDimensionOrDie(TimeDimension);

        AddLoadDimension(MassDimension, n => n.Kg, v => ModelScale.Kg(v.CapacityTonnes));
        if (Layout.UsesVolume)
        {
            AddLoadDimension(VolumeDimension, n => n.Litres, v => ModelScale.Litres(v.CapacityCubicMeters));
        }
        TimeWindows.Apply(this, horizon);
        AddRequests();
    }

    public long IndexOf(int node) => Manager.NodeToIndex(node);

    public int NodeOf(long index) => Manager.IndexToNode(index);

    public void Dispose()
    {
        Model.Dispose();
        Manager.Dispose();
    }

    private (int[] Time, int[] Cost) RegisterTransits(long horizon)
    {
        int classes = Problem.Matrices.Count;
        var time = new int[classes];
        var cost = new int[classes];
        foreach (int c in Problem.Vehicles.Select(v => v.MatrixClass).Distinct().Order())
        {
            var tables = new TransitTables(Problem, Layout, Problem.Matrices[c], horizon);
            time[c] = Model.RegisterTransitMatrix(tables.Ticks);
            cost[c] = Model.RegisterTransitMatrix(tables.Cost);
        }
        return (time, cost);
    }

    private void AddLoadDimension(string name, Func<SolverNode, long> change, Func<RoutingVehicle, long> capacity)
    {
        var perNode = Layout.Nodes.Select(change).ToArray();
        int evaluator = Model.RegisterUnaryTransitVector(perNode);
        var capacities = Problem.Vehicles.Select(capacity).ToArray();
        // Start at zero: onboard cargo is the start node's own change, so the first leg checks it fits.
        Model.AddDimensionWithVehicleCapacity(evaluator, 0, capacities, true, name);
    }

    private void AddRequests()
    {
        var solver = Model.solver();
        for (int r = 0; r < Problem.Requests.Count; r++)
        {
            var (pickupNode, deliveryNode) = Layout.RequestNodes[r];
            long delivery = IndexOf(deliveryNode);
            double dropPenalty = Problem.Requests[r].DropPenalty;
            bool mandatory = double.IsPositiveInfinity(dropPenalty);
            long penalty = mandatory ? 0 : ModelScale.Cost(dropPenalty);
            if (pickupNode < 0)
            {
                if (!mandatory) Model.AddDisjunction([delivery], penalty);
                continue;
            }
            long pickup = IndexOf(pickupNode);
            Model.AddPickupAndDelivery(pickup, delivery);
            // Implied by the pickup-and-delivery pair on a route with non-negative transits; stated for the
            // CP checks, as the library's samples do (measured: no effect on benchmark results).
            solver.Add(solver.MakeEquality(Model.VehicleVar(pickup), Model.VehicleVar(delivery)));
            solver.Add(solver.MakeLessOrEqual(Time.CumulVar(pickup), Time.CumulVar(delivery)));
            if (mandatory) continue;
            // Both nodes are active or neither (pickup-and-delivery constraint), so halves add up to the penalty.
            Model.AddDisjunction([pickup], penalty / 2);
            Model.AddDisjunction([delivery], penalty - penalty / 2);
        }
        foreach (int node in Layout.OnboardNodes)
        {
            // Mandatory (no disjunction) and bound to the vehicle carrying it.
            Model.VehicleVar(IndexOf(node)).SetValues([Layout.Nodes[node].Vehicle]);
        }
    }
}
