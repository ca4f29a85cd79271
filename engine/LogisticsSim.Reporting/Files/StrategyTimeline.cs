// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Timelines;

namespace LogisticsSim.Reporting.Files;

/// <summary>The mean timeline of one strategy's replications, as timeline.csv and flows.csv hold it.</summary>
/// <param name="Strategy">The strategy's name.</param>
/// <param name="Timeline">Its mean timeline and tonnes per link.</param>
public sealed record StrategyTimeline(string Strategy, Timeline Timeline);
