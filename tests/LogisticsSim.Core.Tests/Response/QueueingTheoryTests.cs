using LogisticsSim.Core.Experiments;
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Response;
using LogisticsSim.Core.Strategies;
using Xunit;

namespace LogisticsSim.Core.Tests.Response;

/// <summary>The whole model, built from a scenario file, against queueing theory.</summary>
public class QueueingTheoryTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const double Lambda = 6, Mu = 1;
    private const int Servers = 8;

    /// <summary>
    /// rho = 0.75, 600 days (about 86,000 requests) per replication. One replication's mean wait has a
    /// standard deviation of about 3.6% (measured over 16 seeds: 0.181 h, 95% interval 0.177 to 0.184,
    /// around Erlang C's 0.1785 h), so the pooled mean of twelve has a standard error near 1% and a 4%
    /// band is a check at three and a half sigma.
    /// </summary>
    [Fact]
    public void MmcScenario_WithFcfs_GivesErlangCWait_AndLittlesLaw()
    {
        var scenario = TestScenarios.Load(TestScenarios.Mmc(Lambda, Servers, 1 / Mu, days: 600));
        double expected = QueueingTheory.ErlangCWait(Lambda, Mu, Servers);
        Assert.Equal(0.1785, expected, 4); // checked with an independent Python evaluation
        const int replications = 12;
        var waits = new double[replications];
        var little = new (double QueueTimeAverage, double LambdaWq, double Busy)[replications];
        Parallel.For(0, replications, rep =>
        {
            var model = new ResponseModel(scenario, new FcfsStrategy(), rep);
            var result = model.Run();
            var k = result.Kpis;
            waits[rep] = k.WaitH.Mean;
            double arrivalRate = k.Requests / scenario.Horizon.Hours;
            little[rep] = (model.Undispatched.TimeAverage, arrivalRate * k.WaitH.Mean, k.FleetUtilization["road"] * Servers);
        });
        output.WriteLine($"mean wait {waits.Average():F4} h (Erlang C {expected:F4}); per replication {string.Join(", ", waits.Select(w => w.ToString("F4")))}");
        foreach (var l in little) output.WriteLine($"Lq {l.QueueTimeAverage:F4} vs lambda Wq {l.LambdaWq:F4}; busy {l.Busy:F4} vs {Lambda / Mu}");
        Assert.InRange(waits.Average(), expected * 0.96, expected * 1.04);
        foreach (var (queue, lambdaWq, busy) in little)
        {
            // Little's law on the queue (its exact time average) and on the servers (L = lambda x 1 h).
            Assert.InRange(queue, lambdaWq * 0.95, lambdaWq * 1.05);
            Assert.InRange(busy, Lambda / Mu * 0.97, Lambda / Mu * 1.03);
        }
    }
}
