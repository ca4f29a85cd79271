// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Kpis;
using MathNet.Numerics.Distributions;

namespace LogisticsSim.Core.Experiments;

/// <summary>
/// A mean with its 95% confidence interval over the replications that define the value: Student's t on a
/// scale where the KPI's bounds lie at infinity, by the delta method, then mapped back. For a share in [0, 1]
/// that is the logit scale, for a quantity that cannot be negative the log scale, for an unbounded one the
/// plain t interval: <c>g⁻¹(g(m) ± t(n-1) · s/√n · g'(m))</c>. The interval so never leaves the bounds, is
/// asymmetric where the mean lies near one (as the sampling distribution is), and equals the t interval far
/// from them. It is a pure function of the values: no resampling, so the same values give the same bytes.
/// </summary>
/// <param name="Mean">The sample mean (NaN without values).</param>
/// <param name="Low">Lower end of the 95% interval (NaN with fewer than two values: no interval).</param>
/// <param name="High">Upper end.</param>
/// <param name="Count">How many values it is over.</param>
public sealed record Interval(double Mean, double Low, double High, int Count)
{
    /// <summary>Half the interval's width, the precision of the mean (NaN without an interval).</summary>
    public double HalfWidth => (High - Low) / 2;

    /// <summary>Whether there is an interval (two values or more).</summary>
    public bool HasInterval => !double.IsNaN(Low);

    /// <summary>The interval of a sample; NaN values (a KPI undefined in that replication) are left out.</summary>
    /// <param name="values">The values, one per replication.</param>
    /// <param name="bounds">The range the values cannot leave (<see cref="KpiBounds.For"/>); none by default.</param>
    public static Interval Of(IEnumerable<double> values, KpiBounds? bounds = null)
    {
        var b = bounds ?? KpiBounds.None;
        var x = values.Where(d => !double.IsNaN(d)).ToArray();
        if (x.Length == 0) return new Interval(double.NaN, double.NaN, double.NaN, 0);
        double mean = x.Average();
        if (x.Length == 1) return new Interval(mean, double.NaN, double.NaN, 1);
        double variance = x.Sum(d => (d - mean) * (d - mean)) / (x.Length - 1);
        double half = StudentT.InvCDF(0, 1, x.Length - 1, 0.975) * Math.Sqrt(variance / x.Length);
        var (low, high) = Around(mean, half, b, x.Min() >= b.Lower && x.Max() <= b.Upper);
        return new Interval(mean, low, high, x.Length);
    }

    /// <summary>
    /// The interval around <paramref name="mean"/> whose half-width on the original scale, to first order, is
    /// <paramref name="half"/>. Values outside the bounds mean the bounds were wrong for this KPI: then the plain t
    /// interval, cut to the bounds, is the honest answer.
    /// </summary>
    private static (double Low, double High) Around(double mean, double half, KpiBounds b, bool valuesWithin)
    {
        if (half == 0) return (mean, mean);
        bool lower = double.IsFinite(b.Lower), upper = double.IsFinite(b.Upper);
        if (!lower && !upper) return (mean - half, mean + half);
        if (!valuesWithin || !(mean > b.Lower && mean < b.Upper)) return (Math.Max(b.Lower, mean - half), Math.Min(b.Upper, mean + half));
        if (lower && upper)
        {
            // Logit of the position within [Lower, Upper]; its derivative is 1 / (p (1 - p) (Upper - Lower)).
            double width = b.Upper - b.Lower, p = (mean - b.Lower) / width;
            double logit = Math.Log(p / (1 - p)), spread = half / (width * p * (1 - p));
            return (b.Lower + width * Logistic(logit - spread), b.Lower + width * Logistic(logit + spread));
        }
        if (lower)
        {
            // Log of the distance above Lower; its derivative is 1 / (mean - Lower).
            double above = mean - b.Lower;
            return (b.Lower + above * Math.Exp(-half / above), b.Lower + above * Math.Exp(half / above));
        }
        double below = b.Upper - mean;
        return (b.Upper - below * Math.Exp(half / below), b.Upper - below * Math.Exp(-half / below));
    }

    private static double Logistic(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
}
