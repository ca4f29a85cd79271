// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel.Random;

/// <summary>
/// A probability distribution of a real quantity. Units belong to the caller (hours, tonnes):
/// a distribution only turns draws from a <see cref="RandomStream"/> into values.
/// Every distribution draws a fixed number of uniforms per sample where it can, so that
/// streams stay aligned across runs that differ only in parameters.
/// </summary>
public abstract record Distribution
{
    /// <summary>One draw.</summary>
    public abstract double Sample(RandomStream rng);

    /// <summary>The distribution's expected value.</summary>
    public abstract double Mean { get; }

    /// <summary>Smallest value the distribution can take (for validation: durations must not go below zero).</summary>
    public abstract double Minimum { get; }
}

/// <summary>Always the same value.</summary>
public sealed record Constant(double Value) : Distribution
{
    public override double Sample(RandomStream rng) => Value;
    public override double Mean => Value;
    public override double Minimum => Value;
}

/// <summary>Exponential with the given mean (rate 1/mean).</summary>
public sealed record Exponential(double MeanValue) : Distribution
{
    public override double Sample(RandomStream rng) => -Math.Log(rng.NextDoubleNonZero()) * MeanValue;
    public override double Mean => MeanValue;
    public override double Minimum => 0;
}

/// <summary>Uniform on [Low, High).</summary>
public sealed record Uniform(double Low, double High) : Distribution
{
    public override double Sample(RandomStream rng) => Low + (High - Low) * rng.NextDouble();
    public override double Mean => (Low + High) / 2;
    public override double Minimum => Low;
}

/// <summary>Triangular with lower limit, mode and upper limit, by inversion.</summary>
public sealed record Triangular(double Low, double Mode, double High) : Distribution
{
    public override double Sample(RandomStream rng)
    {
        double u = rng.NextDouble(), range = High - Low;
        if (range <= 0) return Low;
        double f = (Mode - Low) / range;
        return u < f
            ? Low + Math.Sqrt(u * range * (Mode - Low))
            : High - Math.Sqrt((1 - u) * range * (High - Mode));
    }

    public override double Mean => (Low + Mode + High) / 3;
    public override double Minimum => Low;
}

/// <summary>Normal by Box-Muller (two uniforms a draw, no cached spare, so draws stay aligned).</summary>
public sealed record Normal(double MeanValue, double StandardDeviation) : Distribution
{
    public override double Sample(RandomStream rng) => MeanValue + StandardDeviation * StandardNormal(rng);
    public override double Mean => MeanValue;
    public override double Minimum => double.NegativeInfinity;

    internal static double StandardNormal(RandomStream rng)
    {
        double u1 = rng.NextDoubleNonZero(), u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}

/// <summary>
/// Lognormal given by the mean and standard deviation of the quantity itself (not of its logarithm),
/// as planners state travel times: "6 h on average, give or take 2 h".
/// </summary>
public sealed record LogNormal : Distribution
{
    private readonly double _mu, _sigma;

    public LogNormal(double mean, double standardDeviation)
    {
        MeanValue = mean;
        StandardDeviation = standardDeviation;
        _sigma = Math.Sqrt(Math.Log(1 + standardDeviation * standardDeviation / (mean * mean)));
        _mu = Math.Log(mean) - 0.5 * _sigma * _sigma;
    }

    public double MeanValue { get; }
    public double StandardDeviation { get; }
    public override double Sample(RandomStream rng) => Math.Exp(_mu + _sigma * Normal.StandardNormal(rng));
    public override double Mean => MeanValue;
    public override double Minimum => 0;
}

/// <summary>Weibull with shape k and scale lambda, by inversion.</summary>
public sealed record Weibull(double Shape, double Scale) : Distribution
{
    public override double Sample(RandomStream rng) => Scale * Math.Pow(-Math.Log(rng.NextDoubleNonZero()), 1.0 / Shape);
    public override double Mean => Scale * Gamma(1 + 1.0 / Shape);
    public override double Minimum => 0;

    /// <summary>Lanczos approximation (g=7, n=9), accurate to about 1e-15 for positive arguments.</summary>
    internal static double Gamma(double x)
    {
        ReadOnlySpan<double> c =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7,
        ];
        if (x < 0.5) return Math.PI / (Math.Sin(Math.PI * x) * Gamma(1 - x));
        x -= 1;
        double a = c[0], t = x + 7.5;
        for (int i = 1; i < 9; i++) a += c[i] / (x + i);
        return Math.Sqrt(2 * Math.PI) * Math.Pow(t, x + 0.5) * Math.Exp(-t) * a;
    }
}

/// <summary>Draws one of the observed values, each equally likely (a bootstrap of field data).</summary>
public sealed record Empirical : Distribution
{
    private readonly double[] _values;

    public Empirical(IEnumerable<double> values)
    {
        _values = values.ToArray();
        if (_values.Length == 0) throw new ArgumentException("an empirical distribution needs at least one value", nameof(values));
    }

    public IReadOnlyList<double> Values => _values;
    public override double Sample(RandomStream rng) => _values[rng.NextInt(_values.Length)];
    public override double Mean => _values.Average();
    public override double Minimum => _values.Min();

    public bool Equals(Empirical? other) => other is not null && _values.AsSpan().SequenceEqual(other._values);
    public override int GetHashCode() => _values.Length;
}
