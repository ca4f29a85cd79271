// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting.Tests;

public sealed class ProjectTests
{
    [Fact]
    public void Reporting_references_core_and_not_the_optimiser()
    {
        var references = typeof(ReportingAssembly).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.DoesNotContain("Google.OrTools", references);
    }
}
