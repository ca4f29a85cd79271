// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Experiments;

/// <summary>Exact results of queueing theory that the simulator is checked against.</summary>
public static class QueueingTheory
{
    /// <summary>Erlang C: the mean wait in queue of an M/M/c system, in the time unit of the rates.</summary>
    /// <param name="lambda">Arrival rate.</param>
    /// <param name="mu">Service rate of one server.</param>
    /// <param name="c">Servers; the system must be stable (lambda &lt; c mu).</param>
    public static double ErlangCWait(double lambda, double mu, int c)
    {
        double a = lambda / mu;
        if (!(a < c)) throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "the queue is unstable: lambda must be below c x mu");
        double term = 1, sum = 0;
        for (int k = 0; k < c; k++)
        {
            sum += term;
            term *= a / (k + 1);
        }
        double top = term * c / (c - a); // a^c / c! x c / (c - a)
        return top / (sum + top) / (c * mu - lambda);
    }
}
