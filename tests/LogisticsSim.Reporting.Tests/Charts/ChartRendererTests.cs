// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Reporting.Charts;
using SkiaSharp;

namespace LogisticsSim.Reporting.Tests.Charts;

/// <summary>The pictures themselves are not compared; only that they are made, deterministic, and use the named font.</summary>
public sealed class ChartRendererTests
{
    private static readonly ChartSpec Chart = TimelineCharts.For(Samples.Timeline())[0];

    [Fact]
    public void Font_IsInstalled() => ChartFont.EnsureInstalled();

    [Fact]
    public void Font_ThatIsMissing_SaysWhatToInstall()
    {
        var e = Assert.Throws<ReportInputException>(() => ChartFont.EnsureInstalled("No Such Font Family"));
        Assert.Equal("error: charts need the font 'No Such Font Family', which is not installed: install it (Debian and Ubuntu: apt-get install fonts-dejavu-core) and run again", e.Message);
    }

    [Fact]
    public void Svg_IsTheSameEveryTime_WithIdsOfItsOwn()
    {
        string first = ChartRenderer.Svg(Chart);
        ChartRenderer.Svg(TimelineCharts.For(Samples.Timeline())[1]);
        string second = ChartRenderer.Svg(Chart);
        Assert.Equal(first, second);
        Assert.DoesNotContain("cl_", first, StringComparison.Ordinal);
        Assert.Contains("id=\"delivered-by-item-clip-1\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_WritesItsTextInDejaVuSans()
    {
        string svg = ChartRenderer.Svg(Chart);
        Assert.Contains("Tonnes delivered against tonnes requested", svg, StringComparison.Ordinal);
        Assert.Contains("food requested", svg, StringComparison.Ordinal);
        var families = System.Text.RegularExpressions.Regex.Matches(svg, "font-family=\"([^\"]*)\"").Select(m => m.Groups[1].Value).Distinct().ToArray();
        Assert.Equal([ChartFont.Family], families);
    }

    [Fact]
    public void Png_IsAPictureOfTheChartsSize_AndNotBlank()
    {
        using var bitmap = SKBitmap.Decode(ChartRenderer.Png(Chart));
        Assert.Equal((ChartRenderer.Width, ChartRenderer.Height), (bitmap.Width, bitmap.Height));
        int coloured = 0;
        for (int y = 0; y < bitmap.Height; y += 2)
        {
            for (int x = 0; x < bitmap.Width; x += 2)
            {
                var p = bitmap.GetPixel(x, y);
                if (Math.Abs(p.Red - p.Blue) > 60) coloured++;
            }
        }
        Assert.True(coloured > 100, $"only {coloured} coloured pixels");
    }
}
