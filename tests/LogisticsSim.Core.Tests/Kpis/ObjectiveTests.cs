using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Response;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Core.Tests.Response;
using Xunit;

namespace LogisticsSim.Core.Tests.Kpis;

/// <summary>The objective KPI against a computation by hand on a scenario without randomness.</summary>
public class ObjectiveTests
{
    /// <summary>
    /// One 10 t truck, 2 h each way (90 km at 45 km/h, no loading time), cost 1 per km and 10 per hour moving;
    /// horizon 11 h. A need of 10,000 people at 4 kg per person per day, every 9 h: 15 t at 0 h and 15 t at
    /// 9 h, each due 30 minutes after it is ready, priority 1. The priority rule (priority, then due time):
    /// <list type="bullet">
    /// <item>0 h: 10 of N-1's 15 t leave; they arrive at 2 h (1.5 h late); the truck is back at 4 h;</item>
    /// <item>4 h: N-1's last 5 t and R0's 5 t (priority 1, due 6 h) fill the truck; they arrive at 6 h
    /// (N-1's 5 t 5.5 h late, R0 on time); back at 8 h;</item>
    /// <item>8 h: R1 (priority 2, due 8 h) leaves; it arrives at 10 h, 2 h late; N-2 (ready 9 h) waits;</item>
    /// <item>11 h, the horizon: N-2 (due 9.5 h) and R2 (priority 3, due 10 h) are undelivered; R3 is due
    /// at 30 h, after the horizon. The truck has driven five 90 km legs (10 h); the sixth is under way.</item>
    /// </list>
    /// </summary>
    private const string ByHand = """
        scenario: {name: Objective by hand}
        horizon: 11h
        network:
          nodes:
            - {id: PORT, kind: port, lat: 0, lon: 0, storage_t: 1000}
            - {id: TOWN, kind: district, lat: 0, lon: 1, population: 10000}
          links:
            - {from: PORT, to: TOWN, mode: road, km: 90}
        fleet:
          - {id: truck, mode: road, count: 1, base: PORT, payload_t: 10, kmh: 45, cost_per_km: 1, cost_per_hour: 10}
        items:
          - {id: food, t_per_m3: 1}
        stock:
          - {at: PORT, item: food, t: 1000}
        demand:
          requests:
            - {id: R0, item: food, t: 5, from: PORT, to: TOWN, ready: 0h, due: 6h, priority: 1}
            - {id: R1, item: food, t: 10, from: PORT, to: TOWN, ready: 0h, due: 8h, priority: 2}
            - {id: R2, item: food, t: 10, from: PORT, to: TOWN, ready: 0h, due: 10h, priority: 3}
            - {id: R3, item: food, t: 10, from: PORT, to: TOWN, ready: 0h, due: 30h, priority: 3}
          needs:
            - {id: N, at: TOWN, item: food, from: PORT, kg_per_person_day: 4, every: 9h, due: 30m, priority: 1}
        strategy: priority

        """;

    /// <summary>The published curve, written out again here so that the test does not lean on the code it checks.</summary>
    private static double Gamma(double hours) => Math.Exp(1.5031 + 0.1172 * hours) - Math.Exp(1.5031);

    private static ReplicationResult Run(string yaml) =>
        new ResponseModel(TestScenarios.Load(yaml), new PriorityStrategy(), 0).Run();

    [Fact]
    public void TheScenario_RunsAsTheHandComputationAssumes()
    {
        var rows = Run(ByHand).Requests.ToDictionary(r => r.Id);
        Assert.Equal((15.0, (double?)6), (rows["N-1"].TonnesDelivered, rows["N-1"].Delivered));
        Assert.Equal((5.0, (double?)6), (rows["R0"].TonnesDelivered, rows["R0"].Delivered));
        Assert.Equal((10.0, (double?)10), (rows["R1"].TonnesDelivered, rows["R1"].Delivered));
        Assert.All(new[] { "N-2", "R2", "R3" }, id => Assert.Equal(0, rows[id].TonnesDelivered));
        Assert.Equal(9, rows["N-2"].Ready);
        Assert.Equal(550, Run(ByHand).Kpis.Cost["total"], 9);
    }

    [Fact]
    public void Objective_WithTheDefaults_MatchesTheHandComputation()
    {
        var o = Run(ByHand).Kpis.Objective;
        // Lateness, tonne-hours times 100, 10, 1 for priorities 1, 2, 3:
        //   N-1: 10 t x 1.5 h + 5 t x 5.5 h = 42.5; N-2, undelivered, late from 9.5 h to the horizon: 15 t x 1.5 h = 22.5;
        //   R0 on time: 0. Priority 1: 65 x 100 = 6500. R1: 10 t x 2 h x 10 = 200. R2: 10 t x 1 h x 1 = 10. R3 not due: 0.
        Assert.Equal(6710, o.Lateness, 9);
        // Unmet, tonnes due by the horizon and undelivered, times 10,000, 1,000, 100: N-2 15 x 10,000 + R2 10 x 100; R3 is not due yet.
        Assert.Equal(151_000, o.Unmet, 9);
        // Deprivation, people times each share of the tonnes times gamma of its hours late:
        //   N-1: 10,000 x (10/15 gamma(1.5) + 5/15 gamma(5.5)); N-2: 10,000 x gamma(1.5), late at the horizon. Weight 1.
        double deprivation = 10_000 * (10.0 / 15 * Gamma(1.5) + 5.0 / 15 * Gamma(5.5)) + 10_000 * Gamma(1.5);
        Assert.Equal(deprivation, o.Deprivation, 6);
        Assert.Equal(27_966.0, o.Deprivation, 0); // the same, as a number: 19,325.5 + 8,640.5
        // Operating: 450 km x 1 + 10 h x 10 = 550, times 0.01.
        Assert.Equal(5.5, o.Operating, 9);
        Assert.Equal(6710 + 151_000 + deprivation + 5.5, o.Total, 6);
    }

    [Fact]
    public void Objective_WithWeightsFromTheFile_UsesThem()
    {
        // One lateness weight for every priority, one unmet weight, no deprivation, money at face value.
        var o = Run(ByHand + "objective: {lateness: [2], unmet: 3, deprivation: 0, operating: 1}\n").Kpis.Objective;
        Assert.Equal(2 * (65 + 20 + 10), o.Lateness, 9);
        Assert.Equal(3 * (15 + 10), o.Unmet, 9);
        Assert.Equal(0, o.Deprivation);
        Assert.Equal(550, o.Operating, 9);
    }

    [Fact]
    public void Objective_ACapBelowTheDelays_MakesDeprivationLinearBeyondIt()
    {
        // Cap at 1 h: gamma(1.5) = gamma(1) + 0.5 x slope, gamma(5.5) = gamma(1) + 4.5 x slope, slope = 0.1172 exp(1.5031 + 0.1172).
        var o = Run(ByHand + "objective: {deprivation_cap: 1h}\n").Kpis.Objective;
        double slope = 0.1172 * Math.Exp(1.5031 + 0.1172);
        double capped(double h) => Gamma(1) + slope * (h - 1);
        Assert.Equal(10_000 * (10.0 / 15 * capped(1.5) + 5.0 / 15 * capped(5.5) + capped(1.5)), o.Deprivation, 6);
    }

    [Fact]
    public void KpiVector_LeadsWithTheObjectiveAndItsParts()
    {
        var v = KpiVector.Of(Run(ByHand).Kpis);
        Assert.Equal(["objective", "objective.lateness", "objective.unmet", "objective.deprivation", "objective.operating"],
            v.Take(5).Select(k => k.Path));
        Assert.Equal(v[0].Value, v.Skip(1).Take(4).Sum(k => k.Value), 6);
    }

    [Fact]
    public void DeprivationCost_FollowsTheCurveToTheCap_ThenItsTangent()
    {
        Assert.Equal(0, DeprivationCost.PerPerson(0));
        Assert.Equal(0, DeprivationCost.PerPerson(-3));
        Assert.Equal(Gamma(24), DeprivationCost.PerPerson(24), 9);
        Assert.Equal(70.385, DeprivationCost.PerPerson(24), 3);
        Assert.Equal(Gamma(120), DeprivationCost.PerPerson(120), 3);
        double slope = 0.1172 * Math.Exp(1.5031 + 0.1172 * 120);
        Assert.Equal(Gamma(120) + 600 * slope, DeprivationCost.PerPerson(720), 0);
        // Convex: each further hour costs at least as much as the one before, beyond the cap too.
        var steps = Enumerable.Range(0, 200).Select(h => DeprivationCost.PerPerson(h + 1) - DeprivationCost.PerPerson(h)).ToArray();
        Assert.All(steps.Zip(steps.Skip(1)), p => Assert.True(p.Second >= p.First * (1 - 1e-12), $"{p.Second} < {p.First}"));
    }

    [Fact]
    public void Weights_BeyondTheListedPriorities_TakeTheLast()
    {
        var w = ObjectiveWeights.Default;
        Assert.Equal((100.0, 10.0, 1.0, 1.0), (w.LatenessAt(1), w.LatenessAt(2), w.LatenessAt(3), w.LatenessAt(7)));
        Assert.Equal((10_000.0, 100.0), (w.UnmetAt(1), w.UnmetAt(5)));
    }
}
