// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Scenarios;
using Xunit;
using LogisticsSim.Core.Text;

namespace LogisticsSim.Core.Tests.Text;

/// <summary>The one duration syntax of scenarios, strategy options and the command line.</summary>
public class DurationTextTests
{
    [Theory]
    [InlineData("500ms", 0.5)]
    [InlineData("90s", 90)]
    [InlineData("2m", 120)]
    [InlineData("6h", 21600)]
    [InlineData("3d", 259200)]
    [InlineData("1.5h", 5400)]
    [InlineData(".5m", 30)]
    [InlineData(" 6 h ", 21600)]
    [InlineData("1e3s", 1000)]
    [InlineData("-5s", -5)]
    [InlineData("0s", 0)]
    public void TrySeconds_NumberAndUnit_Reads(string text, double seconds)
    {
        Assert.True(DurationText.TrySeconds(text, out double s));
        Assert.Equal(seconds, s, 9);
    }

    [Theory]
    [InlineData("60")]
    [InlineData("2w")]
    [InlineData("h")]
    [InlineData("6hours")]
    [InlineData("6H")]
    [InlineData("1,5h")]
    [InlineData("")]
    [InlineData("1e400h")]
    public void TrySeconds_NotADuration_False(string text) => Assert.False(DurationText.TrySeconds(text, out _));

    [Fact]
    public void TryParse_BeyondTimeSpan_False() => Assert.False(DurationText.TryParse("1e12d", out _));

    [Theory]
    [InlineData(6 * 3600.0, "6h")]
    [InlineData(90 * 60.0, "90m")]
    [InlineData(45, "45s")]
    [InlineData(0.5, "500ms")]
    [InlineData(3 * 86400.0, "3d")]
    [InlineData(0, "0s")]
    [InlineData(0.0015, "0.0015s")]
    public void Format_LargestUnitThatDivides(double seconds, string text) =>
        Assert.Equal(text, DurationText.Format(TimeSpan.FromSeconds(seconds)));

    [Theory]
    [InlineData("500ms")]
    [InlineData("36h")]
    [InlineData("1.25h")]
    public void Format_ReadsBackTheSame(string text)
    {
        Assert.True(DurationText.TryParse(text, out var d));
        Assert.True(DurationText.TryParse(DurationText.Format(d), out var back));
        Assert.Equal(d, back);
    }

    [Fact]
    public void Expected_BareNumber_SuggestsUnits() =>
        Assert.Equal("a duration with a unit (60s, 60m, 60h or 60d)", DurationText.Expected("60"));

    [Fact]
    public void Expected_Other_GivesTheForm() =>
        Assert.Equal("a duration: a number and a unit ms, s, m, h or d (such as 500ms, 90s, 2m, 6h or 3d)", DurationText.Expected("soon"));
}
