// SPDX-License-Identifier: Apache-2.0
using Google.OrTools.LinearSolver;
using LogisticsSim.Core.Planning;

namespace LogisticsSim.Optimization.Planning;

/// <summary>
/// The variables and constraints of the planning MIP in one solver, and the plan read back from a solution.
/// Storage limits of the network bind as hub sizes do: what a hub holds, in tonnes and in m3, stays within the
/// node's <c>storage_t</c> and <c>storage_m3</c>. A route through a transfer node uses the hours of the vehicles
/// standing there for its second leg, and its cargo takes space there while it waits: by Little's law, on
/// average its tonnes over the window times the node's transfer time, on top of the stock held there.
/// </summary>
internal sealed class PlanningModel
{
    /// <summary>Values below this (tonnes, units) are read as zero: solver round-off, not decisions.</summary>
    private const double Zero = 1e-6;

    private readonly Solver _solver;
    private readonly PlanningData _data;
    private readonly PlanningOptions _options;
    private readonly Variable[][] _open;      // [hub][size]
    private readonly Variable[,] _stock;      // [hub, item]
    private readonly Variable[,] _vehicles;   // [hub, vehicle]
    private readonly Variable[][,] _flow;     // [scenario][route, item]
    private readonly Variable[][,] _unmet;    // [scenario][node, item]

    public PlanningModel(Solver solver, PlanningData data, PlanningOptions options, bool relax)
    {
        _solver = solver;
        _data = data;
        _options = options;
        int hubs = data.Hubs.Length, items = data.Items.Length, types = data.VehicleTypes.Length;
        var objective = solver.Objective();
        objective.SetMinimization();
        var budget = (options.Budget ?? data.Spec.Budget) is { } b ? solver.MakeConstraint(double.NegativeInfinity, b, "budget") : null;

        void Cost(Variable v, double cost)
        {
            objective.SetCoefficient(v, cost);
            budget?.SetCoefficient(v, cost);
        }

        _open = new Variable[hubs][];
        _stock = new Variable[hubs, items];
        _vehicles = new Variable[hubs, types];
        for (int h = 0; h < hubs; h++)
        {
            var sizes = data.Hubs[h].Sizes;
            _open[h] = sizes.Select(_ => relax ? solver.MakeNumVar(0, 1, "") : solver.MakeBoolVar("")).ToArray();
            var one = solver.MakeConstraint(double.NegativeInfinity, 1, "");
            for (int k = 0; k < sizes.Count; k++)
            {
                one.SetCoefficient(_open[h][k], 1);
                Cost(_open[h][k], sizes[k].Cost);
            }
            for (int i = 0; i < items; i++)
            {
                _stock[h, i] = solver.MakeNumVar(0, double.PositiveInfinity, "");
                Cost(_stock[h, i], data.Items[i].CostPerTonne);
            }
            // Capacity in tonnes and in m3; a size that states only one of them is unbounded in the other.
            var tonnes = solver.MakeConstraint(double.NegativeInfinity, 0, "");
            var volume = solver.MakeConstraint(double.NegativeInfinity, 0, "");
            for (int i = 0; i < items; i++)
            {
                tonnes.SetCoefficient(_stock[h, i], 1);
                volume.SetCoefficient(_stock[h, i], 1 / data.TonnesPerM3[i]);
            }
            double maxVolume = data.MaxTonnes / data.TonnesPerM3.DefaultIfEmpty(1).Min();
            for (int k = 0; k < sizes.Count; k++)
            {
                tonnes.SetCoefficient(_open[h][k], -(sizes[k].CapacityTonnes ?? data.MaxTonnes));
                volume.SetCoefficient(_open[h][k], -(sizes[k].CapacityM3 ?? maxVolume));
            }
            StorageLimit(h, sizes: false);
            for (int v = 0; v < types; v++)
            {
                int most = MostVehicles(v);
                _vehicles[h, v] = relax ? solver.MakeNumVar(0, most, "") : solver.MakeIntVar(0, most, "");
                Cost(_vehicles[h, v], data.VehicleCosts[v].Cost);
                // Vehicles stand only at open hubs.
                var atOpenHub = solver.MakeConstraint(double.NegativeInfinity, 0, "");
                atOpenHub.SetCoefficient(_vehicles[h, v], 1);
                foreach (var open in _open[h]) atOpenHub.SetCoefficient(open, -most);
            }
        }
        for (int v = 0; v < types; v++)
        {
            var fleet = data.VehicleCosts[v];
            int? exactly = options.FleetSize is { } sizes && sizes.TryGetValue(fleet.Fleet, out int n) ? n : null;
            if (exactly is null && fleet.Max is null) continue;
            var total = solver.MakeConstraint(exactly ?? double.NegativeInfinity, exactly ?? fleet.Max!.Value, "");
            for (int h = 0; h < hubs; h++) total.SetCoefficient(_vehicles[h, v], 1);
        }
        for (int i = 0; i < items; i++)
        {
            if (options.StockLevel is not { } levels || !levels.TryGetValue(data.Items[i].Item, out double level)) continue;
            var total = solver.MakeConstraint(level, level, "");
            for (int h = 0; h < hubs; h++) total.SetCoefficient(_stock[h, i], 1);
        }

        _flow = new Variable[data.Scenarios.Length][,];
        _unmet = new Variable[data.Scenarios.Length][,];
        double expectedDemand = data.Scenarios.Sum(s => s.Hazard.Probability * s.TotalDemand);
        var target = data.Spec.TargetFill is { } fill
            ? solver.MakeConstraint(double.NegativeInfinity, (1 - fill) * expectedDemand, "target_fill")
            : null;
        for (int s = 0; s < data.Scenarios.Length; s++)
        {
            var sc = data.Scenarios[s];
            double p = sc.Hazard.Probability;
            var flow = _flow[s] = new Variable[sc.Routes.Length, items];
            var unmet = _unmet[s] = new Variable[sc.Nodes.Length, items];
            var needs = new Constraint[sc.Nodes.Length, items];
            for (int j = 0; j < sc.Nodes.Length; j++)
            {
                for (int i = 0; i < items; i++)
                {
                    double need = sc.Demand[j, i];
                    unmet[j, i] = solver.MakeNumVar(0, need, "");
                    objective.SetCoefficient(unmet[j, i], p * data.Items[i].UnmetPenaltyPerTonne);
                    target?.SetCoefficient(unmet[j, i], p);
                    needs[j, i] = solver.MakeConstraint(need, need, "");
                    needs[j, i].SetCoefficient(unmet[j, i], 1);
                }
            }
            var stockUse = new Constraint[hubs, items];
            for (int h = 0; h < hubs; h++)
            {
                for (int i = 0; i < items; i++)
                {
                    // Sent from h <= surviving share x stock at h.
                    stockUse[h, i] = solver.MakeConstraint(double.NegativeInfinity, 0, "");
                    stockUse[h, i].SetCoefficient(_stock[h, i], -sc.Surviving[h]);
                }
            }
            var fleetHours = new Constraint?[hubs, types];
            Constraint Hours(int hub, int vehicle)
            {
                if (fleetHours[hub, vehicle] is { } hours) return hours;
                hours = fleetHours[hub, vehicle] = solver.MakeConstraint(double.NegativeInfinity, 0, "");
                hours.SetCoefficient(_vehicles[hub, vehicle], -data.WindowHours);
                return hours;
            }
            // Per transfer hub: its stock and the cargo waiting there between legs within its storage and size.
            var held = new Dictionary<int, (Constraint[] Limits, bool[] Volume)>();
            for (int r = 0; r < sc.Routes.Length; r++)
            {
                var route = sc.Routes[r];
                Constraint? hours = route.Vehicle >= 0 ? Hours(route.Hub, route.Vehicle) : null;
                Constraint? second = route.Via >= 0 ? Hours(route.Via, route.ViaVehicle) : null;
                var limits = route.Via >= 0 ? (held.TryGetValue(route.Via, out var l) ? l : held[route.Via] = HeldLimits(route.Via)) : default;
                for (int i = 0; i < items; i++)
                {
                    double need = sc.Demand[route.Node, i];
                    if (need <= 0)
                    {
                        flow[r, i] = null!;
                        continue;
                    }
                    var x = flow[r, i] = solver.MakeNumVar(0, need, "");
                    needs[route.Node, i].SetCoefficient(x, 1);
                    stockUse[route.Hub, i].SetCoefficient(x, 1);
                    hours?.SetCoefficient(x, route.HoursPerTonne[i]);
                    second?.SetCoefficient(x, route.ViaHoursPerTonne[i]);
                    if (limits.Limits is { } waits)
                    {
                        double share = route.TransferHours / data.WindowHours;
                        for (int c = 0; c < waits.Length; c++) waits[c].SetCoefficient(x, share * (limits.Volume[c] ? 1 / data.TonnesPerM3[i] : 1));
                    }
                    if (route.CostPerTonne[i] > 0) objective.SetCoefficient(x, p * route.CostPerTonne[i]);
                }
            }
        }
    }

    /// <summary>
    /// The node's own storage limits on what hub h holds (storage_t, storage_m3), as constraints over its stock; with
    /// <paramref name="sizes"/> also the hub's size, as the tonnes and m3 of its open size (a scenario's copy, for a transfer hub). Returns them, and for
    /// each whether it counts m3, so that cargo waiting there between legs can be added to them.
    /// </summary>
    private (Constraint[] Limits, bool[] Volume) StorageLimit(int h, bool sizes)
    {
        var node = _data.Network.GetNode(_data.Hubs[h].Node);
        var limits = new List<(Constraint, bool)>();
        void Limit(double bound, bool volume, bool withSize)
        {
            var c = _solver.MakeConstraint(double.NegativeInfinity, bound, "");
            for (int i = 0; i < _data.Items.Length; i++) c.SetCoefficient(_stock[h, i], volume ? 1 / _data.TonnesPerM3[i] : 1);
            if (withSize)
            {
                var hubSizes = _data.Hubs[h].Sizes;
                double most = volume ? _data.MaxTonnes / _data.TonnesPerM3.DefaultIfEmpty(1).Min() : _data.MaxTonnes;
                for (int k = 0; k < hubSizes.Count; k++) c.SetCoefficient(_open[h][k], -((volume ? hubSizes[k].CapacityM3 : hubSizes[k].CapacityTonnes) ?? most));
            }
            limits.Add((c, volume));
        }
        // The node's limits, where they can bind: below a size the hub may open, or with cargo waiting there.
        var all = _data.Hubs[h].Sizes;
        if (node.StorageTonnes is { } t && (sizes || all.Any(s => !(s.CapacityTonnes <= t)))) Limit(t, volume: false, withSize: false);
        if (node.StorageCubicMetres is { } m3 && (sizes || all.Any(s => !(s.CapacityM3 <= m3)))) Limit(m3, volume: true, withSize: false);
        if (sizes)
        {
            Limit(0, volume: false, withSize: true);
            Limit(0, volume: true, withSize: true);
        }
        return (limits.Select(l => l.Item1).ToArray(), limits.Select(l => l.Item2).ToArray());
    }

    /// <summary>Limits on a transfer hub in one scenario: its storage and its size, to which the cargo waiting there is added.</summary>
    private (Constraint[] Limits, bool[] Volume) HeldLimits(int h) => StorageLimit(h, sizes: true);

    /// <summary>An upper bound on the units of one fleet entry at one hub: its limit, or enough to carry the largest need.</summary>
    private int MostVehicles(int v)
    {
        var fleet = _data.VehicleCosts[v];
        if (_options.FleetSize is { } sizes && sizes.TryGetValue(fleet.Fleet, out int exactly)) return exactly;
        if (fleet.Max is { } max) return max;
        double hoursPerTonne = _data.Scenarios.SelectMany(s => s.Routes)
            .SelectMany(r => (r.Vehicle == v ? r.HoursPerTonne : []).Concat(r.ViaVehicle == v ? r.ViaHoursPerTonne : [])).DefaultIfEmpty(0).Max();
        return (int)Math.Min(1_000_000, Math.Ceiling(_data.MaxTonnes * hoursPerTonne / _data.WindowHours) + 1);
    }

    /// <summary>The plan of the solver's current solution.</summary>
    public Plan Read(string status, string solver, double objective, double bound, double gap, double lp)
    {
        var hubs = new List<HubDecision>();
        var stock = new List<StockDecision>();
        var vehicles = new List<VehicleDecision>();
        double firstStage = 0;
        for (int h = 0; h < _data.Hubs.Length; h++)
        {
            var hub = _data.Hubs[h];
            for (int k = 0; k < hub.Sizes.Count; k++)
            {
                if (_open[h][k].SolutionValue() < 0.5) continue;
                hubs.Add(new HubDecision(hub.Node.Value, hub.Sizes[k].Name, hub.Sizes[k].Cost));
                firstStage += hub.Sizes[k].Cost;
            }
            for (int i = 0; i < _data.Items.Length; i++)
            {
                double tonnes = Clean(_stock[h, i].SolutionValue());
                if (tonnes <= 0) continue;
                double cost = tonnes * _data.Items[i].CostPerTonne;
                stock.Add(new StockDecision(hub.Node.Value, _data.Items[i].Item.Value, tonnes, cost));
                firstStage += cost;
            }
            for (int v = 0; v < _data.VehicleTypes.Length; v++)
            {
                int count = (int)Math.Round(_vehicles[h, v].SolutionValue());
                if (count <= 0) continue;
                double cost = count * _data.VehicleCosts[v].Cost;
                vehicles.Add(new VehicleDecision(hub.Node.Value, _data.VehicleTypes[v].Id.Value, count, cost));
                firstStage += cost;
            }
        }
        var promises = new List<ScenarioPromise>();
        for (int s = 0; s < _data.Scenarios.Length; s++) promises.Add(Promise(s));
        return new Plan(status, solver, objective, bound, gap, lp, _options.Budget ?? _data.Spec.Budget, firstStage,
            hubs.AsReadOnly(), stock.AsReadOnly(), vehicles.AsReadOnly(), promises.AsReadOnly(), Expect(promises));
    }

    /// <summary>A plan that decides nothing, for a model with no solution.</summary>
    public Plan EmptyPlan(string status, string solver, double lp) =>
        new(status, solver, double.NaN, double.NaN, double.NaN, lp, _options.Budget ?? _data.Spec.Budget, 0, [], [], [], [],
            new ExpectedOutcome(0, 0, 0, 0, 0));

    private ScenarioPromise Promise(int s)
    {
        var sc = _data.Scenarios[s];
        var flows = new List<PlannedFlow>();
        double cost = 0;
        for (int r = 0; r < sc.Routes.Length; r++)
        {
            var route = sc.Routes[r];
            for (int i = 0; i < _data.Items.Length; i++)
            {
                if (_flow[s][r, i] is not { } x) continue;
                double tonnes = Clean(x.SolutionValue());
                if (tonnes <= 0) continue;
                cost += tonnes * route.CostPerTonne[i];
                flows.Add(new PlannedFlow(_data.Hubs[route.Hub].Node.Value, sc.Nodes[route.Node].Value, _data.Items[i].Item.Value,
                    route.Vehicle < 0 ? null : _data.VehicleTypes[route.Vehicle].Id.Value, tonnes,
                    route.Via < 0 ? null : _data.Hubs[route.Via].Node.Value, route.Via < 0 ? null : _data.VehicleTypes[route.ViaVehicle].Id.Value));
            }
        }
        double demand = sc.TotalDemand, unmet = 0, deprivation = 0;
        for (int j = 0; j < sc.Nodes.Length; j++)
        {
            for (int i = 0; i < _data.Items.Length; i++)
            {
                double u = Clean(_unmet[s][j, i].SolutionValue());
                unmet += u;
                if (_data.Items[i].KgPerPersonDay is { } ration) deprivation += u * 1000 / ration;
            }
        }
        double delivered = Math.Max(0, demand - unmet);
        var sorted = flows.OrderBy(f => f.Hub, StringComparer.Ordinal).ThenBy(f => f.To, StringComparer.Ordinal)
            .ThenBy(f => f.Item, StringComparer.Ordinal).ThenBy(f => f.Fleet ?? "", StringComparer.Ordinal)
            .ThenBy(f => f.Via ?? "", StringComparer.Ordinal).ThenBy(f => f.ViaFleet ?? "", StringComparer.Ordinal).ToList();
        return new ScenarioPromise(sc.Hazard.Id, sc.Hazard.Probability, demand, delivered, demand > 0 ? delivered / demand : 1,
            unmet, deprivation, cost, sorted.AsReadOnly());
    }

    internal static ExpectedOutcome Expect(IReadOnlyList<ScenarioPromise> promises)
    {
        double demand = promises.Sum(p => p.Probability * p.DemandTonnes);
        double delivered = promises.Sum(p => p.Probability * p.DeliveredTonnes);
        return new ExpectedOutcome(demand, delivered, demand > 0 ? delivered / demand : 1,
            promises.Sum(p => p.Probability * p.UnmetTonnes), promises.Sum(p => p.Probability * p.DeprivationPersonDays));
    }

    /// <summary>Solver values rounded to a milligram, so that round-off never shows as a decision or changes the output's bytes.</summary>
    private static double Clean(double value) => value < Zero ? 0 : Math.Round(value, 6);
}
