using LogisticsSim.Core.Scenarios.Reading;
using LogisticsSim.Kernel.Random;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace LogisticsSim.Core.Tests.Scenarios.Reading;

public class DistributionReaderTests
{
    private static (Distribution? Value, List<string> Errors) Read(string yaml, QuantityKind kind, bool positive = false)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader("v: " + yaml));
        var node = ((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("v")];
        var ctx = new ReadContext("d.yaml");
        var value = DistributionReader.Read(ctx, node, "v", kind, positive);
        return (value, ctx.Errors.Select(e => e.ToString()).ToList());
    }

    private static Distribution Hours(string yaml)
    {
        var (value, errors) = Read(yaml, QuantityKind.Hours);
        Assert.Empty(errors);
        return Assert.IsAssignableFrom<Distribution>(value);
    }

    [Fact]
    public void Read_Exponential_TakesTheMeanInHours() => Assert.Equal(new Exponential(2), Hours("{exponential: {mean: 2h}}"));

    [Fact]
    public void Read_Lognormal_KeepsMeanAndSdOfTheQuantity()
    {
        var d = Assert.IsType<LogNormal>(Hours("{lognormal: {mean: 6h, sd: 90m}}"));
        Assert.Equal((6.0, 1.5), (d.MeanValue, d.StandardDeviation));
    }

    [Fact]
    public void Read_Normal_KeepsMeanAndSd() => Assert.Equal(new Normal(24, 2), Hours("{normal: {mean: 1d, sd: 2h}}"));

    [Fact]
    public void Read_Uniform_ConvertsBothBounds() => Assert.Equal(new Uniform(72, 240), Hours("{uniform: [3d, 10d]}"));

    [Fact]
    public void Read_Triangular_KeepsLowModeHigh() => Assert.Equal(new Triangular(24, 48, 120), Hours("{triangular: [1d, 2d, 5d]}"));

    [Fact]
    public void Read_Weibull_ShapeIsPlainScaleIsDuration() => Assert.Equal(new Weibull(1.5, 300), Hours("{weibull: {shape: 1.5, scale: 300h}}"));

    [Fact]
    public void Read_Empirical_KeepsEveryValue() =>
        Assert.Equal([1.0, 2.0, 1.5], Assert.IsType<Empirical>(Hours("{empirical: [1h, 2h, 90m]}")).Values);

    [Theory]
    [InlineData("6h")]
    [InlineData("{constant: 6h}")]
    [InlineData("360m")]
    public void Read_Constant_BecomesKernelConstant(string yaml) => Assert.Equal(new Constant(6), Hours(yaml));

    [Fact]
    public void Read_Tonnes_AreBareNumbers()
    {
        var (value, errors) = Read("{lognormal: {mean: 8, sd: 4}}", QuantityKind.Tonnes);
        Assert.Empty(errors);
        var d = Assert.IsType<LogNormal>(value);
        Assert.Equal((8.0, 4.0), (d.MeanValue, d.StandardDeviation));
    }

    [Fact]
    public void Read_DurationWhereTonnesExpected_IsAnError() => Assert.Equal(
        ["d.yaml:1:4: v: found 8h, expected a number >= 0 in tonnes, written without a unit"],
        Read("8h", QuantityKind.Tonnes).Errors);

    [Fact]
    public void Read_TwoDistributionKeys_IsAnError() => Assert.Equal(
        ["d.yaml:1:4: v: found a mapping with keys {'exponential', 'uniform'}, expected one distribution: one of exponential, lognormal, "
         + "normal, uniform, triangular, weibull, empirical, constant"],
        Read("{exponential: {mean: 1h}, uniform: [1h, 2h]}", QuantityKind.Hours).Errors);

    [Fact]
    public void Read_NegativeParameter_IsAnError() => Assert.Equal(
        ["d.yaml:1:15: v.uniform[0]: found -1h, expected a duration >= 0"],
        Read("{uniform: [-1h, 2h]}", QuantityKind.Hours).Errors);

    [Fact]
    public void Read_WrongListLength_IsAnError() => Assert.Equal(
        ["d.yaml:1:17: v.triangular: found a list of 2, expected a list [low, mode, high]"],
        Read("{triangular: [1h, 2h]}", QuantityKind.Hours).Errors);

    [Fact]
    public void Read_ZeroMeanWherePositive_IsAnError() => Assert.Equal(
        ["d.yaml:1:4: v: found a distribution with mean 0, expected a distribution with mean > 0"],
        Read("{empirical: [0h, 0h]}", QuantityKind.Hours, positive: true).Errors);

    [Fact]
    public void Read_ExponentialZeroMean_IsAnError() => Assert.Equal(
        ["d.yaml:1:25: v.exponential.mean: found 0h, expected a duration > 0"],
        Read("{exponential: {mean: 0h}}", QuantityKind.Hours).Errors);
}
