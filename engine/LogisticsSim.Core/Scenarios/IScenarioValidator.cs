// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Scenarios;

/// <summary>
/// One check of a parsed scenario that spans several entries (references, unique ids, time windows,
/// reachability). It returns every problem it finds and never throws for bad input.
/// The scenario it sees may still be invalid: references may be unknown and values that failed to
/// parse hold placeholders, so check <see cref="SourceMap.HasErrorAt"/> before relying on a value.
/// </summary>
public interface IScenarioValidator
{
    /// <summary>Every problem found, each located through <paramref name="source"/>.</summary>
    IEnumerable<ScenarioError> Validate(Scenario scenario, SourceMap source);
}
