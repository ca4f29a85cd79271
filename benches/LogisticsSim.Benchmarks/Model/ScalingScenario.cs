// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using System.Text;

namespace LogisticsSim.Benchmarks.Model;

/// <summary>
/// A synthetic region for scaling runs: one hub, ten districts at 20 to 65 km, 20 trucks, and a
/// stream of 5 t requests at 5,000 per 30 days (about 70% of the fleet's capacity). More requests
/// means a longer horizon at the same load, so cost per request should stay flat.
/// </summary>
public static class ScalingScenario
{
    public static string Yaml(int requests, int trucks = 20, double requestsPer30Days = 5000)
    {
        var c = CultureInfo.InvariantCulture;
        double days = requests * 30.0 / requestsPer30Days;
        var y = new StringBuilder();
        y.AppendLine(c, $"scenario: {{name: Scaling-{requests}}}\nhorizon: {days:0.###}d\nseed: 1\nnetwork:\n  nodes:\n    - {{id: HUB, kind: hub, lat: 0, lon: 0}}");
        for (int d = 1; d <= 10; d++) y.AppendLine(c, $"    - {{id: D{d}, kind: district, lat: {d * 0.05:0.##}, lon: 0.1, population: 10000}}");
        y.AppendLine("  links:");
        for (int d = 1; d <= 10; d++) y.AppendLine(c, $"    - {{from: HUB, to: D{d}, mode: road, km: {15 + 5 * d}}}");
        y.AppendLine(c, $"fleet:\n  - {{id: truck, mode: road, count: {trucks}, base: HUB, payload_t: 10, volume_m3: 40, kmh: 45, load_time: 30m, unload_time: 30m, cost_per_km: 1.5}}");
        y.AppendLine("items:\n  - {id: food, t_per_m3: 0.6}\ndemand:\n  arrivals:");
        string to = string.Join(", ", Enumerable.Range(1, 10).Select(d => $"D{d}"));
        y.AppendLine(c, $"    - {{id: s, item: food, from: HUB, to: [{to}], t: 5, every: {{exponential: {{mean: {30 * 24 * 3600 / requestsPer30Days:0.###}s}}}}, due: 2d, priority: 1}}");
        y.AppendLine("breakdowns:\n  - {mode: road, mtbf: 300h, repair: {lognormal: {mean: 24h, sd: 12h}}}\nstrategy: {name: priority}");
        return y.ToString();
    }
}
