// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing.Search;

/// <summary>One route per vehicle, plus the jobs left out; its cost is moves, fixed costs and finite penalties.</summary>
internal sealed class SearchSolution
{
    private readonly SearchInstance _in;

    public RouteState[] Routes { get; }

    public SearchSolution(SearchInstance instance)
    {
        _in = instance;
        Routes = new RouteState[instance.VehicleCount];
        for (int v = 0; v < Routes.Length; v++) Routes[v] = new RouteState(instance, v);
    }

    public SearchInstance Instance => _in;

    public void CopyFrom(SearchSolution other)
    {
        for (int v = 0; v < Routes.Length; v++) Routes[v].CopyFrom(other.Routes[v]);
    }

    /// <summary>Per visit, its route (-1 when left out) and position: computed on demand, the routes are the truth.</summary>
    public (int[] Route, int[] Position) Where()
    {
        var route = new int[_in.VisitCount];
        var position = new int[_in.VisitCount];
        Array.Fill(route, -1);
        foreach (var r in Routes)
        {
            for (int p = 1; p <= r.Count; p++)
            {
                route[r.Points[p]] = r.Vehicle;
                position[r.Points[p]] = p;
            }
        }
        return (route, position);
    }

    /// <summary>Jobs not on any route, in job order.</summary>
    public List<int> LeftOut()
    {
        var served = new bool[_in.JobCount];
        foreach (var r in Routes)
        {
            for (int p = 1; p <= r.Count; p++) served[_in.JobOfVisit[r.Points[p]]] = true;
        }
        var result = new List<int>();
        for (int j = 0; j < served.Length; j++)
        {
            if (!served[j]) result.Add(j);
        }
        return result;
    }

    /// <summary>Mandatory jobs left out first (any is worse than any cost), then the cost.</summary>
    public (int MissingMandatory, double Cost) Score()
    {
        double cost = 0;
        foreach (var r in Routes) cost += r.Cost;
        int missing = 0;
        foreach (int job in LeftOut())
        {
            if (double.IsPositiveInfinity(_in.Penalty[job])) missing++;
            else cost += _in.Penalty[job];
        }
        return (missing, cost);
    }

    public int RoutesUsed => Routes.Count(r => r.Count > 0);
}
