using System.Text.Json;
using Xunit;

namespace LogisticsSim.Cli.Tests;

public class SolveCommandTests
{
    private static string Instance(string family, string name) => Path.Combine(Cli.Repo, "benches", "data", family, name);

    [Fact]
    public void Solve_LiLim_ReportsDistanceVehiclesAndGap()
    {
        string file = Instance("li-lim-100", "lc101.txt");
        Assert.True(File.Exists(file), $"{file}: the benchmark data is expected in benches/data");
        var (exit, output, error) = Cli.Run("solve", file, "--time-limit", "3s", "--json");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(root.GetProperty("requests").GetInt32(), root.GetProperty("requests_served").GetInt32());
        Assert.Equal(0, root.GetProperty("violations").GetInt32());
        Assert.Equal(828.94, root.GetProperty("best_known_distance").GetDouble(), 2);
        Assert.InRange(root.GetProperty("gap_percent").GetDouble(), -1, 5);
    }

    [Fact]
    public void Solve_MalformedInstance_ExitCode2_Located()
    {
        using var temp = new TestFolder();
        string file = Path.Combine(temp, "broken.txt");
        File.WriteAllText(file, "25 200 1\n0 40 50 0 0 1236 0 0 0\n1 45 x 10 0 100 10 0 2\n");
        var (exit, _, error) = Cli.Run("solve", file);
        Assert.Equal(2, exit);
        Assert.Contains("broken.txt:3:", error);
    }

    [Fact]
    public void Solve_BadTimeLimit_ExitCode2()
    {
        var (exit, _, error) = Cli.Run("solve", "whatever.txt", "--time-limit", "soon");
        Assert.Equal(2, exit);
        Assert.Contains("--time-limit: found 'soon', expected a positive duration", error);
    }
}
