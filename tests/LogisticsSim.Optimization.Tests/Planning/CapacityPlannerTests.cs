using LogisticsSim.Optimization.Planning;

namespace LogisticsSim.Optimization.Tests.Planning;

public sealed class CapacityPlannerTests
{
    private static readonly PlanningOptions Exact = PlanningOptions.Default with { RelativeGap = 0 };

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(16)]
    [InlineData(24)]
    [InlineData(40)]
    public void Optimum_EqualsEnumeration(double budget)
    {
        var plan = CapacityPlanner.Solve(PlanningInstances.Load(PlanningInstances.Tiny(budget)), Exact);
        Assert.Equal("optimal", plan.Status);
        Assert.Equal(Enumeration.Optimum(budget), plan.Objective, 6);
    }

    [Theory]
    [InlineData("scip")]
    [InlineData("highs")]
    public void Solvers_AgreeOnTheOptimum(string solver)
    {
        var plan = CapacityPlanner.Solve(PlanningInstances.Load(PlanningInstances.Tiny(24)), Exact with { Solver = solver });
        Assert.Equal(Enumeration.Optimum(24), plan.Objective, 6);
    }

    [Fact]
    public void MoreBudget_NeverGivesAWorseOptimum()
    {
        var scenario = PlanningInstances.Shipped("mozambique-cyclones.yaml");
        double previous = double.PositiveInfinity;
        foreach (double budget in new[] { 0, 500_000, 1_000_000, 2_000_000, 4_000_000, 8_000_000 })
        {
            var plan = CapacityPlanner.Solve(scenario, Exact with { Budget = budget });
            Assert.Equal("optimal", plan.Status);
            Assert.True(plan.Objective <= previous + 1e-6 * Math.Abs(previous), $"budget {budget}: {plan.Objective} > {previous}");
            previous = plan.Objective;
        }
    }

    [Fact]
    public void Plan_RespectsBudgetCapacitiesAndStock()
    {
        var scenario = PlanningInstances.Shipped("mozambique-cyclones.yaml");
        var planning = scenario.Planning!;
        var plan = CapacityPlanner.Solve(scenario, PlanningOptions.Default);

        // Within the solvers' feasibility tolerance (a millionth), and a milligram of rounding per stock entry.
        Assert.True(plan.FirstStageCost <= planning.Budget!.Value * (1 + 1e-6), $"cost {plan.FirstStageCost} over the budget");
        Assert.Equal(plan.FirstStageCost, plan.Hubs.Sum(h => h.Cost) + plan.Stock.Sum(s => s.Cost) + plan.Vehicles.Sum(v => v.Cost), 3);
        foreach (var hub in plan.Hubs)
        {
            var size = planning.Hubs.Single(h => h.Node.Value == hub.Node).Sizes.Single(s => s.Name == hub.Size);
            Assert.True(plan.Stock.Where(s => s.Hub == hub.Node).Sum(s => s.Tonnes) <= size.CapacityTonnes + 1e-6, $"{hub.Node} over capacity");
        }
        Assert.All(plan.Stock, s => Assert.Contains(plan.Hubs, h => h.Node == s.Hub));
        Assert.All(plan.Vehicles, v => Assert.Contains(plan.Hubs, h => h.Node == v.Hub));
        foreach (var limit in planning.Vehicles)
        {
            Assert.True(plan.Vehicles.Where(v => v.Fleet == limit.Fleet.Value).Sum(v => v.Count) <= limit.Max);
        }
        foreach (var promise in plan.Scenarios)
        {
            var hazard = planning.Scenarios.Single(h => h.Id == promise.Id);
            foreach (var sent in promise.Flows.GroupBy(f => (f.Hub, f.Item)))
            {
                double stocked = plan.Stock.Where(s => s.Hub == sent.Key.Hub && s.Item == sent.Key.Item).Sum(s => s.Tonnes);
                double surviving = stocked * hazard.SurvivingShare(new Core.Network.NodeId(sent.Key.Hub));
                Assert.True(sent.Sum(f => f.Tonnes) <= surviving + 1e-4, $"{promise.Id}: {sent.Key} sends more than survives");
            }
            foreach (var need in hazard.Demand)
            {
                double received = promise.Flows.Where(f => f.To == need.At.Value && f.Item == need.Item.Value).Sum(f => f.Tonnes);
                Assert.True(received <= need.Tonnes + 1e-4, $"{promise.Id}: {need.At} receives more {need.Item} than it needs");
            }
            Assert.Equal(promise.DemandTonnes, promise.DeliveredTonnes + promise.UnmetTonnes, 3);
        }
    }

    [Fact]
    public void Bounds_AreOrdered_LpRelaxationBelowBoundBelowObjective()
    {
        var plan = CapacityPlanner.Solve(PlanningInstances.Shipped("mozambique-cyclones.yaml"), PlanningOptions.Default);
        Assert.True(plan.LpRelaxation <= plan.Bound + 1e-6 * plan.Objective, $"LP {plan.LpRelaxation} above bound {plan.Bound}");
        Assert.True(plan.Bound <= plan.Objective + 1e-9);
        Assert.True(plan.Gap <= PlanningOptions.Default.RelativeGap + 1e-9, $"gap {plan.Gap}");
        Assert.Equal((plan.Objective - plan.Bound) / plan.Objective, plan.Gap, 9);
    }

    [Fact]
    public void ZeroStock_MeetsNoDemand_InThePlanAndInSimulation()
    {
        var scenario = PlanningInstances.Shipped("mozambique-cyclones.yaml");
        var none = scenario.Planning!.Items.ToDictionary(i => i.Item, _ => 0.0);
        var plan = CapacityPlanner.Solve(scenario, PlanningOptions.Default with { StockLevel = none });
        Assert.Empty(plan.Stock);
        Assert.Equal(0, plan.Expected.DeliveredTonnes);
        Assert.Equal(0, plan.Expected.FillRate);
        var check = PlanCheck.Run(scenario, plan, () => new Core.Strategies.PriorityStrategy(), replications: 2);
        Assert.All(check.Scenarios.Where(c => c.DemandTonnes > 0), c => Assert.Equal(0, c.SimulatedFill.Mean));
    }

    [Fact]
    public void Plan_IsTheSameOnEverySolve()
    {
        var scenario = PlanningInstances.Shipped("mozambique-cyclones.yaml");
        var a = CapacityPlanner.Solve(scenario, PlanningOptions.Default);
        var b = CapacityPlanner.Solve(scenario, PlanningOptions.Default);
        Assert.Equal(a.Objective, b.Objective);
        Assert.Equal(a.Stock, b.Stock);
        Assert.Equal(a.Vehicles, b.Vehicles);
    }

    [Fact]
    public void FixedFleetSize_IsPlacedExactly()
    {
        var scenario = PlanningInstances.Load(PlanningInstances.Tiny(100));
        var plan = CapacityPlanner.Solve(scenario, Exact with { FleetSize = new Dictionary<Core.Fleet.VehicleTypeId, int> { [new("truck")] = 1 } });
        Assert.Equal(1, plan.Vehicles.Sum(v => v.Count));
    }

    [Fact]
    public void TargetFill_GivesTheCheapestPlanReachingIt()
    {
        string text = PlanningInstances.Tiny(100).Replace("  budget: 100", "  target_fill: 0.5");
        var plan = CapacityPlanner.Solve(PlanningInstances.Load(text), Exact);
        Assert.Equal("optimal", plan.Status);
        Assert.True(plan.Expected.FillRate >= 0.5 - 1e-9, $"fill {plan.Expected.FillRate}");
        Assert.Null(plan.Budget);
    }
}
