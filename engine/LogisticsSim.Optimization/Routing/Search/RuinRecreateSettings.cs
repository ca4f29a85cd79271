// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing.Search;

/// <summary>
/// Settings of the ruin-and-recreate search (<see cref="SearchStrategy.RuinAndRecreate"/>): slack induction by
/// string removals, greedy insertion with blinks and simulated annealing, after J. Christiaens and
/// G. Vanden Berghe, "Slack induction by string removals for vehicle routing problems", Transportation
/// Science 54(2) (2020) 417-433. The defaults are the paper's, except the temperatures (see below).
/// </summary>
/// <param name="AverageRemoved">Average number of visits a ruin removes (the paper's c-bar); a pair's
/// partner goes with it.</param>
/// <param name="MaxStringLength">Longest string removed from one route (the paper's L-max).</param>
/// <param name="SplitRate">Probability that a string is removed with a preserved substring inside it.</param>
/// <param name="SplitDepth">Probability of stopping to grow the preserved substring at each step.</param>
/// <param name="BlinkRate">Probability that the recreate skips a position when looking for the cheapest one.</param>
/// <param name="StartTemperature">Annealing temperature at the start, as a fraction of the first solution's
/// mean cost per visit (the paper's absolute 100 and 1 suit its instances' scale only).</param>
/// <param name="EndTemperature">Temperature at the end of the budget, in the same unit.</param>
/// <param name="RouteRemovalRate">Probability that a step empties a whole route and recreates without opening
/// a route: the way to a solution with one vehicle fewer (not in the paper, whose fleet minimisation is a
/// separate phase).</param>
/// <param name="FleetPhase">Share of the budget spent first on the paper's fleet minimisation (fewer routes,
/// whatever the distance), whose result, when it has fewer routes, is where the distance search starts; 0 for none.
/// Applied only to pickup-and-delivery problems where every request is mandatory (see the search).</param>
/// <param name="Seed">Key of the search's random stream: the same problem, budget and seed give the same
/// plan under an iteration limit.</param>
public sealed record RuinRecreateSettings(
    double AverageRemoved = 10,
    int MaxStringLength = 10,
    double SplitRate = 0.5,
    double SplitDepth = 0.01,
    double BlinkRate = 0.01,
    double StartTemperature = 1,
    double EndTemperature = 0.01,
    double RouteRemovalRate = 0.1,
    double FleetPhase = 0.2,
    int Seed = 1);
