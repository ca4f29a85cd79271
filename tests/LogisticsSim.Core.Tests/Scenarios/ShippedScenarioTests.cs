using LogisticsSim.Core.Scenarios;
using Xunit;

namespace LogisticsSim.Core.Tests.Scenarios;

public class ShippedScenarioTests
{
    public static TheoryData<string> Files() => new(RepoFiles.ShippedScenarios().Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Files))]
    public void Load_ShippedScenario_HasNoError(string file)
    {
        var result = ScenarioLoader.Load(RepoFiles.Scenario(file));
        Assert.True(result.Succeeded, result.ErrorReport);
        Assert.Empty(result.Errors);
    }
}
