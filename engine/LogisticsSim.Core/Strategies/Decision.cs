// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;

namespace LogisticsSim.Core.Strategies;

/// <summary>What a strategy decides at an epoch: send a vehicle on a route, or drop a request.</summary>
public abstract record Decision;

/// <summary>
/// Sends an available vehicle through these stops in order. At each stop it first unloads, then
/// loads. Every tonne loaded must be unloaded at its request's destination later in the route.
/// </summary>
/// <param name="VehicleId">An available vehicle.</param>
/// <param name="Stops">The route, at least one stop.</param>
public sealed record Dispatch(string VehicleId, IReadOnlyList<Stop> Stops) : Decision
{
    /// <summary>"dispatch truck10-6: BEIRA_PORT (load SRF-1 10 t) -> BEIRA (unload SRF-1 10 t)".</summary>
    public override string ToString() => $"dispatch {VehicleId}: {string.Join(" -> ", Stops)}";
}

/// <summary>Gives up the tonnes of a request not yet given to a vehicle; they count as dropped.</summary>
/// <param name="RequestId">An open request.</param>
public sealed record Drop(string RequestId) : Decision;

/// <summary>One stop of a route.</summary>
/// <param name="Node">Where.</param>
/// <param name="Unload">Cargo delivered here.</param>
/// <param name="Load">Cargo picked up here.</param>
public sealed record Stop(NodeId Node, IReadOnlyList<CargoPart> Unload, IReadOnlyList<CargoPart> Load)
{
    /// <summary>"BEIRA (unload SRF-1 10 t; load SRF-2 3 t)".</summary>
    public override string ToString()
    {
        var actions = Unload.Select(p => $"unload {p}").Concat(Load.Select(p => $"load {p}")).ToArray();
        return actions.Length == 0 ? Node.Value : $"{Node} ({string.Join("; ", actions)})";
    }
}

/// <summary>Some tonnes of one request.</summary>
/// <param name="RequestId">The request.</param>
/// <param name="Tonnes">How much of it.</param>
public sealed record CargoPart(string RequestId, double Tonnes)
{
    /// <summary>"SRF-1 10 t".</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{RequestId} {Tonnes:0.###} t");
}
