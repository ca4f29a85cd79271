// SPDX-License-Identifier: Apache-2.0
using MathNet.Numerics.Distributions;

namespace LogisticsSim.Core.Experiments;

/// <summary>A mean with its 95% confidence interval (Student's t), over the replications that define the value.</summary>
/// <param name="Mean">The sample mean (NaN without values).</param>
/// <param name="Low">Lower end of the 95% interval (NaN with fewer than two values).</param>
/// <param name="High">Upper end.</param>
/// <param name="Count">How many values it is over.</param>
public sealed record Interval(double Mean, double Low, double High, int Count)
{
    /// <summary>The interval of a sample; NaN values (a KPI undefined in that replication) are left out.</summary>
    public static Interval Of(IEnumerable<double> values)
    {
        var x = values.Where(d => !double.IsNaN(d)).ToArray();
        if (x.Length == 0) return new Interval(double.NaN, double.NaN, double.NaN, 0);
        double mean = x.Average();
        if (x.Length == 1) return new Interval(mean, double.NaN, double.NaN, 1);
        double variance = x.Sum(d => (d - mean) * (d - mean)) / (x.Length - 1);
        double half = StudentT.InvCDF(0, 1, x.Length - 1, 0.975) * Math.Sqrt(variance / x.Length);
        return new Interval(mean, mean - half, mean + half, x.Length);
    }
}
