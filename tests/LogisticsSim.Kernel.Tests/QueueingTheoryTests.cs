using LogisticsSim.Benchmarks.Peer;
using Xunit;

namespace LogisticsSim.Kernel.Tests;

/// <summary>The benchmark models checked against theory, so that the speed figures are of a correct kernel.</summary>
public class QueueingTheoryTests
{
    [Fact]
    public void Mmc_MeanWait_MatchesErlangC_Within3Percent()
    {
        // rho = 0.9 makes waits strongly autocorrelated: one replication of 1M customers has a standard
        // deviation of about 3.3% around Erlang C (measured over 16 seeds), so twelve independent
        // replications give a standard error under 1% and 3% is a three-sigma check.
        // Erlang C's mean wait for lambda 9, mu 1, c 10 (the textbook's 0.6687 h; Core's QueueingTheory gives the same).
        const double expected = 0.6687315241076971;
        Assert.Equal((9.0, 1.0, 10), (MmcModel.ArrivalsPerHour, 1 / MmcModel.ServiceMeanHours, MmcModel.Servers));
        var waits = new double[12];
        Parallel.For(0, waits.Length, i => waits[i] = new MmcModel(1_000_000, seed: i + 1).Run().MeanWaitHours);
        double mean = waits.Average();
        Assert.InRange(mean, expected * 0.97, expected * 1.03);
    }

    [Fact]
    public void Mmc_SameSeed_SameResult_DifferentSeed_Different()
    {
        var a = new MmcModel(20_000, 5).Run();
        var b = new MmcModel(20_000, 5).Run();
        var c = new MmcModel(20_000, 6).Run();
        Assert.Equal(a.MeanWaitHours, b.MeanWaitHours);
        Assert.Equal(a.End, b.End);
        Assert.Equal(a.KernelEvents, b.KernelEvents);
        Assert.NotEqual(a.MeanWaitHours, c.MeanWaitHours);
    }

    [Fact]
    public void Trucks_SameSeed_IdenticalTrace()
    {
        static (long, long, long, int) Run(int rep)
        {
            var m = new TrucksModel(42, rep).Run();
            return (m.KernelEvents, m.Requests, m.TripsDone, m.WaitingAtEnd);
        }
        Assert.Equal(Run(0), Run(0));
        Assert.NotEqual(Run(0), Run(1));
    }
}
