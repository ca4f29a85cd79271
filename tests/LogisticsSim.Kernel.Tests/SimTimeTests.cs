using LogisticsSim.Kernel;
using Xunit;

namespace LogisticsSim.Kernel.Tests;

public class SimTimeTests
{
    [Fact]
    public void FromHours_RoundTrips_Exactly()
    {
        Assert.Equal(SimTime.TicksPerHour * 3 / 2, SimTime.FromHours(1.5).Ticks);
        Assert.Equal(1.5, SimTime.FromHours(1.5).Hours);
        Assert.Equal(SimTime.FromDays(1), SimTime.FromHours(24));
    }

    [Fact]
    public void Sums_DoNotDrift()
    {
        var t = SimTime.Zero;
        var step = SimTime.FromSeconds(0.1);
        for (int i = 0; i < 36_000; i++) t += step;
        Assert.Equal(SimTime.FromHours(1), t);
    }

    [Fact]
    public void FromHours_NaN_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SimTime.FromHours(double.NaN));
}
