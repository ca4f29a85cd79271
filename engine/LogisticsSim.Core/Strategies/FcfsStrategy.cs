// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Strategies;

/// <summary>
/// First come, first served: the oldest ready request first, served by the free vehicle that
/// reaches its origin soonest, one request per vehicle (a request larger than a vehicle takes
/// several). Event-driven.
/// </summary>
public sealed class FcfsStrategy : IStrategy
{
    /// <summary>The name and options (none): an event-driven rule has nothing to tune.</summary>
    public static StrategyDescriptor Descriptor { get; } =
        new("fcfs", "Oldest ready request first, served by the free vehicle that reaches it soonest.", []);

    /// <inheritdoc/>
    public string Name => Descriptor.Name;

    /// <inheritdoc/>
    public SimTime? ReplanEvery => null;

    /// <inheritdoc/>
    public IReadOnlyList<Decision> Decide(ISnapshot snapshot)
    {
        var rule = new DispatchRule(snapshot);
        foreach (var request in snapshot.Requests)
        {
            while (rule.AnyFree && rule.Open(request) > Demand.Tonnage.Epsilon && rule.Soonest(request) is { } vehicle)
            {
                double tonnes = rule.Fit(request, vehicle, vehicle.Type.PayloadTonnes, vehicle.Type.VolumeM3 ?? double.PositiveInfinity);
                if (tonnes <= Demand.Tonnage.Epsilon) break; // no stock: the request waits
                rule.Take(request, tonnes);
                rule.Send(vehicle, request.From, request.To, [(request, tonnes)]);
            }
            if (!rule.AnyFree) break;
        }
        return rule.Decisions;
    }
}
