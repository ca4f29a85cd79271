using LogisticsSim.Kernel.Random;
using Xunit;

namespace LogisticsSim.Kernel.Tests.Random;

public class RandomStreamsTests
{
    private static double[] Draw(RandomStream s, int n) => Enumerable.Range(0, n).Select(_ => s.NextDouble()).ToArray();

    [Fact]
    public void SameKey_SameSequence_RegardlessOfCreationOrder()
    {
        var a = new RandomStreams(42, 3);
        var b = new RandomStreams(42, 3);
        var first = a.For("travel", "truck-1");
        b.For("demand", "x"); // creating another stream first changes nothing
        var second = b.For("travel", "truck-1");
        Assert.Equal(Draw(first, 100), Draw(second, 100));
    }

    [Fact]
    public void KnownValues_AreStableAcrossMachinesAndVersions()
    {
        // Pinned (values checked against an independent Python implementation): a change here silently changes every published result, so it must fail a test.
        Assert.Equal(PinnedHash, StableHash.Of("travel"));
        Assert.Equal(PinnedDraw, new RandomStreams(7, 0).For("travel", "truck-1").NextUInt64());
        Assert.NotEqual(StableHash.Of("travel"), StableHash.Of("demand"));
    }

    private const ulong PinnedHash = 13894392864227597834UL;
    private const ulong PinnedDraw = 10348451772336743626UL;

    [Theory]
    [InlineData("travel", "truck-1", "travel", "truck-2")]
    [InlineData("travel", "truck-1", "demand", "truck-1")]
    public void DifferentKeys_GiveUncorrelatedStreams(string p1, string e1, string p2, string e2)
    {
        var streams = new RandomStreams(1, 0);
        var x = Draw(streams.For(p1, e1), 20_000);
        var y = Draw(streams.For(p2, e2), 20_000);
        Assert.NotEqual(x.Take(10), y.Take(10));
        double mx = x.Average(), my = y.Average();
        double cov = x.Zip(y, (u, v) => (u - mx) * (v - my)).Average();
        double corr = cov / Math.Sqrt(x.Average(u => (u - mx) * (u - mx)) * y.Average(v => (v - my) * (v - my)));
        Assert.InRange(corr, -0.03, 0.03); // |r| < 4.2 standard errors at n = 20,000
    }

    [Fact]
    public void Replications_GiveDifferentStreams()
    {
        var r0 = Draw(new RandomStreams(1, 0).For("travel", "t"), 5);
        var r1 = Draw(new RandomStreams(1, 1).For("travel", "t"), 5);
        Assert.NotEqual(r0, r1);
    }

    [Fact]
    public void NextInt_StaysInRange_AndCoversIt()
    {
        var s = new RandomStreams(5, 0).For("x");
        var counts = new int[7];
        for (int i = 0; i < 70_000; i++) counts[s.NextInt(7)]++;
        Assert.All(counts, c => Assert.InRange(c, 9_400, 10_600));
    }
}
