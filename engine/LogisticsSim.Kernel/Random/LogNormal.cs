// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel.Random;

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
