// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Experiments.Benchmarks;
using Xunit;

namespace LogisticsSim.Core.Tests.Experiments.Benchmarks;

public class StrategyLabelsTests
{
    [Theory]
    [InlineData("priority", "priority")]
    [InlineData("ortools[solution_limit=50,replan_every=2h]", "ortools")]
    [InlineData("exec:python3 my_policy.py", "my_policy")]
    [InlineData("exec[timeout=30s]:python3 scenarios/strategies/nearest_first.py --verbose", "nearest_first")]
    [InlineData("exec:./bin/policy", "policy")]
    [InlineData("exec:julia", "julia")]
    [InlineData("bin/Release/LargestFirst.dll", "LargestFirst")]
    [InlineData("assembly:Policies.dll:Demo.Policies.LargestFirst", "LargestFirst")]
    [InlineData("exec:python3 my policy.py", "policy")]
    public void Of_NamesAStrategyByItsNameOrProgram(string use, string label) => Assert.Equal(label, StrategyLabels.Of(use));
}
