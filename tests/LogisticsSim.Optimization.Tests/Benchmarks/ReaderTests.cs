// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Optimization.Benchmarks;

namespace LogisticsSim.Optimization.Tests.Benchmarks;

public class ReaderTests
{
    [Fact]
    public void LiLimRead_Lc101_FleetTasksPairsAndDemandAsPublished()
    {
        var instance = LiLimReader.Read(BenchmarkData.LiLim("lc101"));
        var bks = BestKnown.Read(Path.Combine(BenchmarkData.Folder, "li-lim-100", BestKnown.FileName))["lc101"];

        Assert.Equal(BenchmarkFamily.LiLim, instance.Family);
        Assert.Equal(25, instance.VehicleCount);
        Assert.Equal(200, instance.Capacity);
        Assert.Equal(bks.Jobs, instance.TaskCount);
        Assert.Equal(53, instance.Pairs.Count);
        Assert.Equal(990, instance.Pairs.Sum(p => instance.Sites[p.Pickup].Demand));
        Assert.Equal((3, 75), instance.Pairs[0]);
        Assert.Equal(new BenchmarkSite(0, 40, 50, 0, 0, 1236, 0), instance.Sites[0]);
    }

    [Fact]
    public void LiLimRead_EveryShippedFile_MatchesItsBksEntry()
    {
        string folder = Path.Combine(BenchmarkData.Folder, "li-lim-100");
        var bks = BestKnown.Read(Path.Combine(folder, BestKnown.FileName));
        var files = Directory.GetFiles(folder, "*.txt");

        Assert.Equal(bks.Count, files.Length);
        Assert.All(files, f =>
        {
            var instance = LiLimReader.Read(f);
            Assert.Equal(bks[instance.Name].Jobs, instance.TaskCount);
            Assert.Equal(bks[instance.Name].Capacity, instance.Capacity);
        });
    }

    [Fact]
    public void SolomonRead_C101_FleetCustomersAndDemand()
    {
        var instance = SolomonReader.Read(BenchmarkData.Solomon("C101"));

        Assert.Equal(BenchmarkFamily.Solomon, instance.Family);
        Assert.Equal(25, instance.VehicleCount);
        Assert.Equal(200, instance.Capacity);
        Assert.Equal(100, instance.TaskCount);
        Assert.Equal(1810, instance.Sites.Sum(s => s.Demand));
        Assert.Equal(new BenchmarkSite(100, 55, 85, 20, 647, 726, 90), instance.Sites[100]);
        Assert.Empty(instance.Pairs);
    }

    [Fact]
    public void SolomonRead_EveryShippedFile_MatchesItsBksEntry()
    {
        string folder = Path.Combine(BenchmarkData.Folder, "solomon");
        var bks = BestKnown.Read(Path.Combine(folder, BestKnown.FileName));

        Assert.All(Directory.GetFiles(folder, "*.txt"), f =>
        {
            var instance = SolomonReader.Read(f);
            Assert.Equal(bks[instance.Name].Jobs, instance.TaskCount);
            Assert.Equal(bks[instance.Name].FleetSize, instance.VehicleCount);
        });
    }

    [Fact]
    public void LiLimParse_NonNumericDueOnLine4_LocatedError()
    {
        string text = File.ReadAllText(BenchmarkData.LiLim("lc101"));
        var lines = text.Split('\n');
        lines[3] = "2\t45\t70\t-20\t825\tsoon\t90\t6\t0";

        var error = Assert.Throws<BenchmarkFormatException>(() => LiLimReader.Parse(string.Join('\n', lines), "lc101.txt"));

        Assert.Equal("lc101.txt:4: column 'due': expected a number, found \"soon\"", error.Message);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void LiLimParse_MissingColumn_LocatedErrorWithTheLine()
    {
        var error = Assert.Throws<BenchmarkFormatException>(() =>
            LiLimReader.Parse("25 200 1\n0 40 50 0 0 1236 0 0 0\n1 45 68 -10 912 967 90 11\n", "tiny.txt"));

        Assert.StartsWith("tiny.txt:3: expected 9 numbers (id x y demand ready due service pickup delivery), found 8", error.Message);
    }

    [Fact]
    public void LiLimParse_PickupNamingAWrongDelivery_LocatedError()
    {
        var error = Assert.Throws<BenchmarkFormatException>(() => LiLimReader.Parse(
            "2 200 1\n0 0 0 0 0 100 0 0 0\n1 1 1 10 0 50 1 0 2\n2 2 2 -10 0 50 1 3 0\n", "pairs.txt"));

        Assert.StartsWith("pairs.txt:3: column 'delivery'", error.Message);
    }

    [Fact]
    public void SolomonParse_ShortCustomerRow_LocatedError()
    {
        string text = File.ReadAllText(BenchmarkData.Solomon("C101")).Replace("    5      42         65         10         15         67         90", "    5      42         65         10         15");

        var error = Assert.Throws<BenchmarkFormatException>(() => SolomonReader.Parse(text, "C101.txt"));

        Assert.StartsWith("C101.txt:15: expected 7 numbers (id x y demand ready due service), found 5", error.Message);
    }

    [Fact]
    public void BestKnownBeside_SolomonInstance_ClassicAndDistanceOnlyEntries()
    {
        var (classic, distanceOnly) = BestKnown.Beside(BenchmarkData.Solomon("R101"));

        Assert.Equal(new BestKnownSolution(1645.79, 19, 25, 200, 100), classic);
        Assert.Equal(1642.88, distanceOnly!.Cost);
        Assert.Equal(20, distanceOnly.Vehicles);
    }
}
