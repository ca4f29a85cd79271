using LogisticsSim.Kernel.Random;
using Xunit;

namespace LogisticsSim.Kernel.Tests.Random;

public class DistributionTests
{
    public static TheoryData<Distribution, double, double> Cases => new()
    {
        // distribution, expected mean, expected standard deviation
        { new Exponential(2.0), 2.0, 2.0 },
        { new Uniform(3, 10), 6.5, 7 / Math.Sqrt(12) },
        { new Triangular(1, 2, 5), 8.0 / 3, Math.Sqrt((1 + 4 + 25 - 2 - 5 - 10) / 18.0) },
        { new Normal(10, 3), 10, 3 },
        { new LogNormal(6, 2), 6, 2 },
        { new Weibull(1.5, 4), 4 * 0.902745292950934, 4 * Math.Sqrt(1.190639348758999 - 0.902745292950934 * 0.902745292950934) },
        { new Constant(4.5), 4.5, 0 },
        { new Empirical([1.0, 2.0, 6.0]), 3.0, Math.Sqrt((4 + 1 + 9) / 3.0) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_MatchesTheMomentsAndStatedMean(Distribution d, double mean, double sd)
    {
        var rng = new RandomStreams(11, 0).For("dist", d.GetType().Name);
        const int n = 200_000;
        double sum = 0, sumSq = 0;
        for (int i = 0; i < n; i++)
        {
            double x = d.Sample(rng);
            Assert.True(x >= d.Minimum, $"{x} below the minimum {d.Minimum}");
            sum += x; sumSq += x * x;
        }
        double m = sum / n, s = Math.Sqrt(sumSq / n - m * m);
        Assert.Equal(mean, d.Mean, 9);
        Assert.InRange(m, mean - 5 * sd / Math.Sqrt(n) - 1e-12, mean + 5 * sd / Math.Sqrt(n) + 1e-12);
        Assert.InRange(s, sd * 0.98 - 1e-12, sd * 1.02 + 1e-12);
    }
}
