// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Reporting.Planning;

namespace LogisticsSim.Reporting.Charts;

/// <summary>The charts of a capacity curve: fill promised against fill simulated, and deprivation and cost, over the parameter.</summary>
public static class CapacityCurveCharts
{
    public static IReadOnlyList<ChartSpec> For(CapacityCurve curve)
    {
        var xs = curve.Points.Select(p => p.Value).ToArray();
        string id = "capacity-" + new string(curve.Parameter.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        var charts = new List<ChartSpec>
        {
            new(id + "-fill", $"Expected fill rate against {curve.Parameter}", curve.Parameter, "expected fill rate (%)",
            [
                new ChartSeries("simulated", xs, curve.Points.Select(p => 100 * p.FillSimulated).ToArray(), Group: 0),
                new ChartSeries("promised by the plan", xs, curve.Points.Select(p => 100 * p.FillPromised).ToArray(), Group: 1, Secondary: true),
            ]),
        };
        if (curve.Points.Any(p => double.IsFinite(p.DeprivationPersonDays)))
        {
            charts.Add(new(id + "-deprivation", $"Expected deprivation against {curve.Parameter}", curve.Parameter, "deprivation (person-days)",
                [new ChartSeries("simulated", xs, curve.Points.Select(p => p.DeprivationPersonDays).ToArray(), Group: 0)]));
        }
        if (curve.Points.Any(p => double.IsFinite(p.Cost)))
        {
            charts.Add(new(id + "-cost", $"Cost against {curve.Parameter}", curve.Parameter, "cost (currency units)",
                [new ChartSeries("cost", xs, curve.Points.Select(p => p.Cost).ToArray(), Group: 2)]));
        }
        return charts;
    }
}
