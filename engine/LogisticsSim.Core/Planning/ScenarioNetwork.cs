// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Network;

namespace LogisticsSim.Core.Planning;

/// <summary>
/// The network as a hazard scenario leaves it (closed links removed, slowed links slower), with the
/// fastest paths per vehicle type: the same expected travel times and paths the simulation uses, so that
/// a plan and its simulation check agree on what a trip takes.
/// </summary>
public sealed class ScenarioNetwork
{
    private readonly NetworkState _state;

    /// <summary>The network of <paramref name="network"/> under <paramref name="hazard"/> (none: as built).</summary>
    public ScenarioNetwork(TransportNetwork network, HazardScenario? hazard)
    {
        ArgumentNullException.ThrowIfNull(network);
        _state = new NetworkState(network);
        if (hazard is null) return;
        foreach (var link in hazard.Closed) _state.ChangeClosure(link, +1);
        foreach (var slowed in hazard.Slowed) _state.ChangeSlowdown(slowed.Link, slowed.Factor, add: true);
    }

    /// <summary>Expected hours of the fastest open path for <paramref name="type"/>, or +inf when there is none.</summary>
    public double Hours(VehicleType type, NodeId from, NodeId to) =>
        _state.Hours(_state.IndexOf(from), _state.IndexOf(to), type.Mode, type.SpeedKmh);

    /// <summary>Km along that path (0 when <paramref name="from"/> is <paramref name="to"/>, +inf when there is no path).</summary>
    public double Km(VehicleType type, NodeId from, NodeId to) =>
        _state.PathKm(_state.IndexOf(from), _state.IndexOf(to), type.Mode, type.SpeedKmh);
}
