// SPDX-License-Identifier: Apache-2.0
using System.Diagnostics;
using SkiaSharp;
using Xunit;

namespace LogisticsSim.Cli.Tests;

/// <summary>
/// The report opened in a real browser (headless Chromium, as `.ci/install.sh` installs it): the
/// charts and tables are in the page it builds, and the screenshot shows them. Without Chromium
/// the test fails rather than skips, so CI cannot pass without having looked.
/// </summary>
public sealed class ChromiumReportTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private static readonly string[] HeadlessFlags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"];

    [Fact]
    public void Report_InChromium_HasItsChartsAndTables()
    {
        string dom = Chromium("--dump-dom", Url());
        Assert.Contains("<table id=\"kpi-table\">", dom, StringComparison.Ordinal);
        Assert.Contains("<table id=\"assumptions-fleet\">", dom, StringComparison.Ordinal);
        foreach (string figure in new[] { "chart-delivered-by-item", "chart-fleet-in-use", "chart-lead-time-cdf", "network-map" })
        {
            int at = dom.IndexOf($"<figure id=\"{figure}\">", StringComparison.Ordinal);
            Assert.True(at >= 0, figure + " is missing");
            Assert.StartsWith("<svg", dom[(at + figure.Length + 15)..].TrimStart(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Report_InChromium_ShowsTablesAboveAndChartsBelow()
    {
        using var temp = new TestFolder();
        string shot = Path.Combine(temp, "report.png");
        Chromium($"--screenshot={shot}", "--window-size=1280,4000", Url());
        using var bitmap = SKBitmap.Decode(shot);
        Assert.Equal((1280, 4000), (bitmap.Width, bitmap.Height));
        // The tables (summary and KPIs) fill the top; the time charts follow. Text is dark grey or
        // black, chart series are coloured: count each kind in its band.
        int dark = Count(bitmap, 0, 1500, p => p.Red < 90 && p.Green < 90 && p.Blue < 90);
        int coloured = Count(bitmap, 1500, 4000, p => Math.Max(p.Red, Math.Max(p.Green, p.Blue)) - Math.Min(p.Red, Math.Min(p.Green, p.Blue)) > 80);
        Assert.True(dark > 2000, $"the top of the page looks blank: {dark} dark pixels");
        Assert.True(coloured > 2000, $"the charts look blank: {coloured} coloured pixels");
    }

    private string Url() => new Uri(Path.Combine(fixture.Folder, "report.html")).AbsoluteUri;

    private static int Count(SKBitmap bitmap, int top, int bottom, Func<SKColor, bool> match)
    {
        int n = 0;
        for (int y = top; y < Math.Min(bottom, bitmap.Height); y += 2)
        {
            for (int x = 0; x < bitmap.Width; x += 2)
            {
                if (match(bitmap.GetPixel(x, y))) n++;
            }
        }
        return n;
    }

    /// <summary>Runs headless Chromium with its own profile folder and returns what it printed.</summary>
    private static string Chromium(params string[] args)
    {
        string executable = FindOnPath("chromium")
            ?? throw new InvalidOperationException("chromium is not installed, so the report cannot be checked in a browser: run .ci/install.sh (Debian: apt-get install chromium)");
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string flag in HeadlessFlags) start.ArgumentList.Add(flag);
        using var profile = new TestFolder();
        start.ArgumentList.Add($"--user-data-dir={profile}");
        foreach (string arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        // A guard against a hung browser, not a measurement: nothing is asserted about the time taken.
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish");
        }
        Assert.True(process.ExitCode == 0, $"chromium exited with {process.ExitCode}: {errors.Result}");
        return output.Result;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
}
