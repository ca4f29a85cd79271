using LogisticsSim.Core.Scenarios.Reading;
using Xunit;
using LogisticsSim.Core.Text;

namespace LogisticsSim.Core.Tests.Text;

public class ScalarsTests
{
    [Theory]
    [InlineData("90m", 1.5)]
    [InlineData("30s", 30.0 / 3600)]
    [InlineData("6h", 6)]
    [InlineData("1.5h", 1.5)]
    [InlineData("3d", 72)]
    [InlineData("0h", 0)]
    [InlineData(" 2d ", 48)]
    [InlineData("-3h", -3)]
    public void TryDurationHours_NumberAndUnit_GivesHours(string text, double hours)
    {
        Assert.True(Scalars.TryDurationHours(text, out double parsed));
        Assert.Equal(hours, parsed, 12);
    }

    [Theory]
    [InlineData("30")]
    [InlineData("3w")]
    [InlineData("h")]
    [InlineData("3 days")]
    [InlineData("6H")]
    [InlineData("")]
    public void TryDurationHours_NoKnownUnit_IsFalse(string text) => Assert.False(Scalars.TryDurationHours(text, out _));

    [Theory]
    [InlineData("12", 12)]
    [InlineData("-5", -5)]
    [InlineData("1e3", 1000)]
    [InlineData("0.555", 0.555)]
    public void TryNumber_InvariantNumbers_Parse(string text, double value)
    {
        Assert.True(Scalars.TryNumber(text, out double parsed));
        Assert.Equal(value, parsed);
    }

    [Fact]
    public void TryNumber_YamlSpecials_ParseAsNonFinite()
    {
        Assert.True(Scalars.TryNumber(".nan", out double nan) && double.IsNaN(nan));
        Assert.True(Scalars.TryNumber("-.inf", out double inf) && double.IsNegativeInfinity(inf));
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("45h")]
    [InlineData("PORT")]
    public void TryNumber_NotANumber_IsFalse(string text) => Assert.False(Scalars.TryNumber(text, out _));
}
