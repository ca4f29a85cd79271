// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Hindsight;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Response;

/// <summary>The replication's realisation: what happened that no decision could change, and its replay for a hindsight reference.</summary>
public sealed partial class ResponseModel
{
    private readonly List<RealisedHazard> _realisedHazards = [];
    private readonly List<RealisedBreakdown> _realisedBreakdowns = [];

    /// <summary>
    /// The realisation of one replication: the scenario run to its horizon with the same seed and
    /// replication number by a strategy that never dispatches. Requests, hazards and breakdowns are
    /// drawn from streams named by entity and never from what vehicles do, so they are exactly those a
    /// run under any strategy meets (a test holds every strategy to that); travel times are not in it.
    /// </summary>
    /// <param name="scenario">A loaded, valid scenario.</param>
    /// <param name="replication">The replication number.</param>
    /// <param name="seed">A master seed that replaces the scenario's, as in the run.</param>
    public static Realisation Replay(Scenario scenario, int replication, long? seed = null)
    {
        var model = new ResponseModel(scenario, new NeverDispatch(), replication, seed);
        model.Run();
        return model.Realised();
    }

    /// <summary>
    /// What this run met so far: every request created (with its full tonnes), every hazard and breakdown begun.
    /// A request carried as a chain is foreseen as its first leg (the id, origin and first transfer node the run
    /// gives it, as the replay last routed it), since that is what a strategy will be asked to serve.
    /// </summary>
    internal Realisation Realised()
    {
        var firsts = _requests.Select(r => r.Legs is { Count: > 0 } legs ? legs[0] : r).ToArray();
        return new(
            _scenario.Network,
            _scenario.Horizon,
            firsts.Select(r => new OpenRequest(r.Id, r.Item, r.From, r.To, r.Tonnes, r.CubicMetresPerTonne, r.Ready, r.Due, r.Priority, r.Sequence)).ToArray(),
            _realisedHazards.ToArray(),
            _realisedBreakdowns.ToArray(),
            firsts.Where(r => r.IsNeed && r.People > 0 && r.Tonnes > 0).ToDictionary(r => r.Id, r => r.People / r.Tonnes, StringComparer.Ordinal),
            _scenario.Objective);
    }

    /// <summary>Sees every epoch and does nothing: the replay's strategy.</summary>
    private sealed class NeverDispatch : IStrategy
    {
        public string Name => "replay";

        public SimTime? ReplanEvery => null;

        public IReadOnlyList<Decision> Decide(ISnapshot snapshot) => [];
    }
}
