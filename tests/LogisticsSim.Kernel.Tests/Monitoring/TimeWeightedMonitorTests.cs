using LogisticsSim.Kernel;
using LogisticsSim.Kernel.Monitoring;
using Xunit;

namespace LogisticsSim.Kernel.Tests.Monitoring;

public class TimeWeightedMonitorTests
{
    [Fact]
    public void TimeAverage_WeightsValuesByHowLongTheyHeld()
    {
        var sim = new Simulation();
        var monitor = new TimeWeightedMonitor(sim, initial: 2, keepSeries: true);
        IEnumerable<Event> Changes()
        {
            yield return sim.Timeout(SimTime.FromHours(1));
            monitor.Set(6);
            yield return sim.Timeout(SimTime.FromHours(3));
            monitor.Set(0);
        }
        sim.Process(Changes());
        sim.Run(SimTime.FromHours(8));
        Assert.Equal(2 * 1 + 6 * 3, monitor.IntegralHours, 9);
        Assert.Equal(20.0 / 8, monitor.TimeAverage, 9);
        Assert.Equal(6, monitor.Maximum);
        Assert.Equal(3, monitor.Series.Count);
    }
}
