// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Hindsight;

/// <summary>
/// The hindsight reference's settings. <see cref="Default"/> is the one place its defaults live; the
/// descriptor (and so the scenario check, the command line and the documentation) reads them from there.
/// </summary>
/// <param name="Lookahead">How far past now a rollout sees requests that are not ready yet; it then runs as long again, so that they can be served.</param>
/// <param name="Rollouts">Simulations of the future per epoch at most (the priority rule's decisions, the lazy rule's, then the better set with one vehicle held back at a time): the search budget, a count.</param>
/// <param name="MaxRequests">Requests in one rollout at most: the open ones, most urgent first, then those foreseen, soonest first.</param>
/// <param name="RecheckEvery">Interval at which the model asks again even if nothing happens, so that a vehicle held back is reconsidered.</param>
/// <param name="SimulateEvery">The shortest time between two epochs that simulate the future; epochs in between follow the rule chosen last, and the vehicles held then stay held. Zero: every epoch simulates.</param>
public sealed record HindsightOptions(SimTime Lookahead, int Rollouts, int MaxRequests, SimTime RecheckEvery, SimTime SimulateEvery)
{
    /// <summary>
    /// A day ahead (and a day more to serve it), 8 rollouts an epoch, 200 requests a rollout, a look every hour, and a simulation
    /// at most every half hour: on the large scenario of the suite the model has an epoch every two minutes, and simulating at each
    /// made a replication take over twenty minutes to reproduce the priority rule's decisions.
    /// </summary>
    public static HindsightOptions Default { get; } = new(SimTime.FromHours(24), Rollouts: 8, MaxRequests: 200, RecheckEvery: SimTime.FromHours(1), SimulateEvery: SimTime.FromMinutes(30));

    /// <summary>The reference's name and options, with the defaults above.</summary>
    public static StrategyDescriptor Descriptor { get; } = new("hindsight",
        "Reference, not a policy: knows the replication's requests, hazards and breakdowns in advance, takes the priority or the "
        + "lazy rule's decisions, whichever a simulation of the known future scores better, and holds back any dispatch it shows to be worse than waiting.",
        [
            StrategyOption.Duration("lookahead", TimeSpan.FromHours(Default.Lookahead.Hours),
                "How far ahead a rollout sees requests not ready yet; it runs as long again so that they can be served."),
            StrategyOption.WholeNumber("rollouts", Default.Rollouts,
                "Simulations of the known future per epoch at most: the search budget, a count, so results are the same on any machine."),
            StrategyOption.WholeNumber("max_requests", Default.MaxRequests,
                "Requests in one rollout at most: the open ones most urgent first, then those foreseen, soonest first."),
            StrategyOption.Duration("recheck_every", TimeSpan.FromHours(Default.RecheckEvery.Hours),
                "Interval at which the model asks again even if nothing happens, so that a vehicle held back is reconsidered."),
            StrategyOption.Duration("simulate_every", TimeSpan.FromHours(Default.SimulateEvery.Hours),
                "The shortest time between two epochs that simulate the future (0: every epoch); epochs in between follow the rule chosen last, vehicles held then staying held.") with { MinExclusive = false },
        ])
    { IsReference = true };

    /// <summary>The settings <paramref name="settings"/> give (read against <see cref="Descriptor"/>, defaults filled in).</summary>
    public static HindsightOptions From(StrategySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!ReferenceEquals(settings.Descriptor, Descriptor)) throw new ArgumentException($"settings for '{settings.Descriptor.Name}', not hindsight", nameof(settings));
        return new HindsightOptions(
            SimTime.FromSeconds(settings.Duration("lookahead")!.Value.TotalSeconds),
            (int)settings.WholeNumber("rollouts")!.Value,
            (int)settings.WholeNumber("max_requests")!.Value,
            SimTime.FromSeconds(settings.Duration("recheck_every")!.Value.TotalSeconds),
            SimTime.FromSeconds(settings.Duration("simulate_every")!.Value.TotalSeconds));
    }
}
