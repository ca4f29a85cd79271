// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Strategies;

/// <summary>How long the lazy rule may hold a request back, and when a load is worth sending early.</summary>
/// <param name="Margin">Slack kept between a request's expected arrival and its due time, for slow roads and queues at handling.</param>
/// <param name="FillThreshold">The share of a vehicle (tonnes or m3, whichever binds) that sends it at once with requests that could still wait.</param>
/// <param name="CheckEvery">The longest time between two looks at held requests (their latest departures are also looked at exactly).</param>
public sealed record LazyOptions(SimTime Margin, double FillThreshold, SimTime CheckEvery)
{
    /// <summary>The defaults: 2 h of margin, 90% full, a look every hour.</summary>
    public static LazyOptions Default { get; } = From(StrategySettings.Defaults(LazyStrategy.Descriptor));

    /// <summary>The options from checked settings.</summary>
    public static LazyOptions From(StrategySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new LazyOptions(
            SimTime.FromSeconds(settings.Duration("margin")!.Value.TotalSeconds),
            settings.Number("fill_threshold")!.Value,
            SimTime.FromSeconds(settings.Duration("check_every")!.Value.TotalSeconds));
    }
}
