using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;

namespace LogisticsSim.Core.Tests.Response;

/// <summary>Small scenarios written as YAML text, loaded through the real loader.</summary>
internal static class TestScenarios
{
    public static Scenario Load(string yaml, string name = "test.yaml")
    {
        var result = ScenarioLoader.LoadFromText(yaml, name);
        return result.Scenario ?? throw new InvalidOperationException("test scenario is invalid:\n" + result.ErrorReport);
    }

    public static IStrategy Strategy(string name) => name switch
    {
        "fcfs" => new FcfsStrategy(),
        "priority" => new PriorityStrategy(),
        "lazy" => new LazyStrategy(),
        _ => throw new ArgumentException(name),
    };

    /// <summary>
    /// M/M/c written as a scenario: requests of one vehicle-load arrive as a Poisson stream at A; a
    /// vehicle's trip A to B takes an exponential time (the service), its return takes one second, and
    /// loading and unloading take no time, so the wait from ready to dispatch is the queueing delay.
    /// </summary>
    public static string Mmc(double arrivalsPerHour, int servers, double serviceHours, int days) => $$$"""
        scenario: {name: MMc}
        horizon: {{{days}}}d
        seed: 3
        network:
          nodes:
            - {id: A, kind: hub, lat: 0, lon: 0}
            - {id: B, kind: district, lat: 0, lon: 0.1, population: 1}
          links:
            - {from: A, to: B, mode: road, time: {exponential: {mean: {{{serviceHours * 60}}}m}}, bidirectional: false}
            - {from: B, to: A, mode: road, time: 1s, bidirectional: false}
        fleet:
          - {id: truck, mode: road, count: {{{servers}}}, base: A, payload_t: 1, kmh: 50}
        items:
          - {id: kit, t_per_m3: 1}
        demand:
          arrivals:
            - {id: jobs, item: kit, from: A, to: [B], t: 1, every: {exponential: {mean: {{{3600 / arrivalsPerHour}}}s}}, due: 1000d, priority: 1}
        strategy: {name: fcfs}
        """;
}
