// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing.OrTools;

/// <summary>How the iterated local search picks the visits it removes.</summary>
public enum RuinMethod
{
    /// <summary>A random walk from a random visit over neighbouring visits and routes.</summary>
    RandomWalk,

    /// <summary>Slack induction by string removals: strings of consecutive visits from neighbouring routes.</summary>
    StringRemoval,

    /// <summary>Whole routes spatially close to a random visit (<c>RuinedVisits</c> is then ignored: two routes).</summary>
    CloseRoutes,
}
