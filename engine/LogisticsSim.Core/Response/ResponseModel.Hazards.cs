// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Hazards;
using LogisticsSim.Core.Hindsight;
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Response;

/// <summary>Hazards on links and nodes, and vehicle breakdowns, each drawn from its own streams.</summary>
public sealed partial class ResponseModel
{
    private void StartHazards()
    {
        foreach (var hazard in _scenario.Hazards) _sim.Process(HazardProcess(hazard), hazard.Id);
    }

    /// <summary>
    /// Whether, when and for how long are drawn up front, always all three, so a hazard's draws
    /// never depend on anything else in the run.
    /// </summary>
    private IEnumerable<Event> HazardProcess(Hazard hazard)
    {
        var rng = _sim.Streams.For("hazard", hazard.Id);
        bool happens = rng.NextDouble() < hazard.Probability;
        var start = SimTime.FromHours(Math.Max(0, hazard.StartHours.Sample(rng)));
        var duration = SimTime.FromHours(Math.Max(0, hazard.DurationHours.Sample(rng)));
        if (!happens) yield break;
        if (start > _sim.Now) yield return _sim.Timeout(start - _sim.Now);
        _realisedHazards.Add(new RealisedHazard(hazard.Id, hazard.Effect, LinksOf(hazard), hazard.Node, _sim.Now, _sim.Now + duration));
        Apply(hazard, begin: true);
        yield return _sim.Timeout(duration);
        Apply(hazard, begin: false);
    }

    /// <summary>The links a closure or slowdown of the hazard acts on: its own, or every link at its node.</summary>
    private LinkId[] LinksOf(Hazard hazard) => hazard.Link is { } link ? [link] : _network.LinksAt(hazard.Node!.Value).ToArray();

    private void Apply(Hazard hazard, bool begin)
    {
        var links = LinksOf(hazard);
        switch (hazard.Effect)
        {
            case HazardEffect.Closed:
                foreach (var l in links) _network.ChangeClosure(l, begin ? 1 : -1);
                CountNodeClosure(hazard, begin);
                NetworkChanged();
                break;
            case HazardEffect.Slowed slowed:
                foreach (var l in links) _network.ChangeSlowdown(l, slowed.Factor, begin);
                NetworkChanged();
                break;
            case HazardEffect.Capacity capacity:
                _network.ChangeCapacity(_network.IndexOf(NodeOf(hazard)), capacity.Factor, begin);
                NetworkChanged();
                break;
            case HazardEffect.StockLoss loss:
                // Lost stock stays lost: the end of the hazard gives nothing back.
                if (begin) LoseStock(NodeOf(hazard), loss.Share);
                break;
            case HazardEffect.DemandSurge surge:
                var node = NodeOf(hazard);
                if (!_surges.TryGetValue(node, out var factors)) _surges[node] = factors = [];
                if (begin) factors.Add(surge.Factor); else factors.Remove(surge.Factor);
                break;
            default:
                // A new kind of effect must be taught to the model, not silently ignored by it.
                throw new InvalidOperationException($"hazard {hazard.Id}: the model does not handle the effect '{hazard.Effect.Name}'");
        }
    }

    /// <summary>The node of an effect that only nodes take; the scenario reader refuses such an effect on a link.</summary>
    private static NodeId NodeOf(Hazard hazard) =>
        hazard.Node ?? throw new InvalidOperationException($"hazard {hazard.Id}: the effect '{hazard.Effect.Name}' needs a node, found a link");

    private void StartBreakdowns()
    {
        foreach (var vehicle in _vehicles)
        {
            if (_scenario.BreakdownOf(vehicle.Type) is { } breakdown) _sim.Process(Breakdowns(vehicle, breakdown), $"breakdowns-{vehicle.Id}");
        }
    }

    /// <summary>
    /// Failures on the calendar, from the vehicle's own stream: the same schedule whatever the
    /// strategy does. A vehicle on the road stops where it is for the repair; one at a node cannot
    /// be dispatched or start a leg until repaired.
    /// </summary>
    private IEnumerable<Event> Breakdowns(VehicleUnit vehicle, Breakdown breakdown)
    {
        var rng = _sim.Streams.For("breakdown", vehicle.Id);
        while (true)
        {
            yield return _sim.Timeout(SimTime.FromHours(Math.Max(0, breakdown.TimeBetweenFailuresHours.Sample(rng))));
            var repair = SimTime.FromHours(Math.Max(0, breakdown.RepairHours.Sample(rng)));
            vehicle.BrokenUntil = _sim.Now + repair;
            _realisedBreakdowns.Add(new RealisedBreakdown(vehicle.Id, _sim.Now, vehicle.BrokenUntil));
            if (vehicle.OnLeg) vehicle.Process!.Interrupt("breakdown");
            yield return _sim.Timeout(repair);
            if (!vehicle.HasWork) RequestEpoch(); // available again
        }
    }
}
