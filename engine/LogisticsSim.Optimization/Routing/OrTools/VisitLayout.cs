// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing.OrTools;

/// <summary>What a solver node stands for.</summary>
internal enum NodeRole { Start, End, Pickup, Delivery, OnboardDelivery }

/// <summary>One solver node: a vehicle start or end, or one visit of a request.</summary>
/// <param name="Role">What the node stands for.</param>
/// <param name="Location">Index into the problem's locations; -1 for the end of an open route.</param>
/// <param name="Vehicle">Owning vehicle for starts, ends and onboard deliveries; -1 otherwise.</param>
/// <param name="Request">Index into the problem's requests; -1 otherwise.</param>
/// <param name="RequestId">Request or onboard cargo id; empty for starts and ends.</param>
/// <param name="Kg">Signed change of load in kg when leaving the node.</param>
/// <param name="Litres">Signed change of load in litres when leaving the node.</param>
internal readonly record struct SolverNode(
    NodeRole Role, int Location, int Vehicle, int Request, string RequestId, long Kg, long Litres);

/// <summary>
/// Numbering of solver nodes: vehicle starts, vehicle ends, then request visits, then onboard deliveries.
/// Every visit gets its own node even when locations repeat, because a node is visited at most once.
/// </summary>
internal sealed class VisitLayout
{
    private readonly List<SolverNode> _nodes = [];

    public IReadOnlyList<SolverNode> Nodes => _nodes;

    public int[] StartNodes { get; }

    public int[] EndNodes { get; }

    /// <summary>Per request: its pickup node (-1 when loaded at the vehicle start) and delivery node.</summary>
    public (int Pickup, int Delivery)[] RequestNodes { get; }

    public List<int> OnboardNodes { get; } = [];

    public VisitLayout(RoutingProblem problem)
    {
        var vehicles = problem.Vehicles;
        StartNodes = new int[vehicles.Count];
        EndNodes = new int[vehicles.Count];
        for (int v = 0; v < vehicles.Count; v++)
        {
            // Onboard cargo is loaded "when leaving the start", so the load dimension can start at zero.
            long kg = vehicles[v].Onboard.Sum(c => ModelScale.Kg(c.Tonnes));
            long litres = vehicles[v].Onboard.Sum(c => ModelScale.Litres(c.CubicMeters));
            StartNodes[v] = Add(new SolverNode(NodeRole.Start, vehicles[v].StartLocation, v, -1, "", kg, litres));
        }
        for (int v = 0; v < vehicles.Count; v++)
        {
            EndNodes[v] = Add(new SolverNode(NodeRole.End, vehicles[v].EndLocation ?? -1, v, -1, "", 0, 0));
        }
        RequestNodes = new (int, int)[problem.Requests.Count];
        for (int r = 0; r < problem.Requests.Count; r++)
        {
            var request = problem.Requests[r];
            long kg = ModelScale.Kg(request.Tonnes), litres = ModelScale.Litres(request.CubicMeters);
            int pickup = request.PickupLocation is int at
                ? Add(new SolverNode(NodeRole.Pickup, at, -1, r, request.Id, kg, litres))
                : -1;
            // Loaded at start: the load is counted up along the route (exact when all stops are such deliveries).
            int sign = request.LoadedAtStart ? 1 : -1;
            int delivery = Add(new SolverNode(
                NodeRole.Delivery, request.DeliveryLocation, -1, r, request.Id, sign * kg, sign * litres));
            RequestNodes[r] = (pickup, delivery);
        }
        for (int v = 0; v < vehicles.Count; v++)
        {
            foreach (var cargo in vehicles[v].Onboard)
            {
                OnboardNodes.Add(Add(new SolverNode(NodeRole.OnboardDelivery, cargo.DeliveryLocation, v, -1,
                    cargo.RequestId, -ModelScale.Kg(cargo.Tonnes), -ModelScale.Litres(cargo.CubicMeters))));
            }
        }
    }

    public bool UsesVolume => _nodes.Any(n => n.Litres != 0);

    private int Add(SolverNode node)
    {
        _nodes.Add(node);
        return _nodes.Count - 1;
    }
}
