using LogisticsSim.Core.Strategies;
using LogisticsSim.Optimization.Planning;

namespace LogisticsSim.Optimization.Tests.Planning;

public sealed class PlanCheckTests
{
    [Fact]
    public void Simulation_DeliversWhatThePlanPromises_WhenTheAggregateModelIsExact()
    {
        // Constant travel times, no breakdowns, one trip per truck in the window: the plan's arithmetic is the
        // simulation's, so the check must agree to the gram in every scenario.
        var scenario = PlanningInstances.Load(PlanningInstances.Tiny(24));
        var plan = CapacityPlanner.Solve(scenario, PlanningOptions.Default with { RelativeGap = 0 });
        var check = PlanCheck.Run(scenario, plan, () => new PriorityStrategy(), replications: 2);
        Assert.All(check.Scenarios, c => Assert.Equal(c.PromisedFill, c.SimulatedFill.Mean, 6));
        Assert.Equal(check.ExpectedPromisedFill, check.ExpectedSimulatedFill, 6);
    }

    [Fact]
    public void SimulationScenario_AppliesThePlanAndTheHazard()
    {
        var scenario = PlanningInstances.Load(PlanningInstances.Tiny(24));
        var plan = CapacityPlanner.Solve(scenario, PlanningOptions.Default with { RelativeGap = 0 });
        var hazard = scenario.Planning!.Scenarios.Single(s => s.Id == "split");
        var sim = PlanCheck.Simulation(scenario, plan, hazard);
        Assert.NotNull(sim);
        Assert.Equal(plan.Vehicles.Sum(v => v.Count), sim!.Fleet.Sum(f => f.Count));
        Assert.All(sim.Fleet, f => Assert.Contains(plan.Vehicles, v => $"{v.Fleet}@{v.Hub}" == f.Id.Value && v.Hub == f.Base.Value));
        Assert.Equal(plan.Stock.Sum(s => s.Tonnes), sim.Stock.Sum(s => s.Tonnes), 6);
        Assert.Contains(sim.Hazards, h => h.Link?.Value == "B-D" && h.Effect is Core.Hazards.HazardEffect.Closed);
        var promised = plan.Scenarios.Single(p => p.Id == "split").Flows.Where(f => f.Fleet is not null).Sum(f => f.Tonnes);
        Assert.Equal(promised, sim.Demand.Requests.Sum(r => r.Tonnes), 6);
        Assert.Equal(scenario.Planning.Window, sim.Horizon);
    }

    [Fact]
    public void Check_IsDeterministic_AndIndependentOfThreads()
    {
        var scenario = PlanningInstances.Shipped("mozambique-cyclones.yaml");
        var plan = CapacityPlanner.Solve(scenario, PlanningOptions.Default);
        var one = PlanCheck.Run(scenario, plan, () => new PriorityStrategy(), replications: 3, parallelism: 1);
        var two = PlanCheck.Run(scenario, plan, () => new PriorityStrategy(), replications: 3, parallelism: 2);
        Assert.Equal(one.Scenarios.Select(c => c.SimulatedFill), two.Scenarios.Select(c => c.SimulatedFill));
        Assert.InRange(one.ExpectedSimulatedFill, 0, 1);
    }
}
