// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Strategies;

/// <summary>
/// The cluster's priority rule: the most urgent request first (priority, then earliest due), served
/// by the free vehicle that reaches it soonest; the vehicle also takes the next most urgent requests
/// on the same route while its tonnes and cubic metres allow; requests larger than a vehicle are
/// split. Event-driven.
/// </summary>
public sealed class PriorityStrategy : IStrategy
{
    /// <summary>The name and options (none): an event-driven rule has nothing to tune.</summary>
    public static StrategyDescriptor Descriptor { get; } =
        new("priority", "Most urgent first (priority, then due time), filling each vehicle on the same route.", []);

    /// <inheritdoc/>
    public string Name => Descriptor.Name;

    /// <inheritdoc/>
    public SimTime? ReplanEvery => null;

    /// <inheritdoc/>
    public IReadOnlyList<Decision> Decide(ISnapshot snapshot)
    {
        var rule = new DispatchRule(snapshot);
        // A route no free vehicle can serve is passed over unread (in a large response most routes wait for vehicles elsewhere).
        var requests = new MostUrgentRoutes(snapshot, (from, to) => rule.Free.For(from, to).Vehicle is not null);
        while (rule.AnyFree && requests.Next(out var first, out var route, out int position))
        {
            if (rule.Soonest(first) is null)
            {
                // No free vehicle can serve this route, nor will one this epoch (vehicles only leave): skip all of it.
                requests.Drop(route);
                continue;
            }
            while (rule.AnyFree && rule.Open(first) > Demand.Tonnage.Epsilon && rule.Soonest(first) is { } vehicle)
            {
                double tonnesLeft = vehicle.Type.PayloadTonnes, cubicLeft = vehicle.Type.VolumeM3 ?? double.PositiveInfinity;
                var parts = new List<(OpenRequest, double)>();
                // The same route's requests from this one on, most urgent first.
                for (int j = position; route.At(j) is { } other && tonnesLeft > Demand.Tonnage.Epsilon; j++)
                {
                    double t = rule.Fit(other, vehicle, tonnesLeft, cubicLeft);
                    if (t <= Demand.Tonnage.Epsilon) continue;
                    rule.Take(other, t);
                    parts.Add((other, t));
                    tonnesLeft -= t;
                    cubicLeft -= t * other.CubicMetresPerTonne;
                }
                if (parts.Count == 0)
                {
                    // No stock for any of the route's requests from here on. Stock and open tonnes only fall within an
                    // epoch, so neither will the route's later requests find any: skip all of them.
                    requests.Drop(route);
                    break;
                }
                rule.Send(vehicle, first.From, first.To, parts);
            }
        }
        return rule.Decisions;
    }
}
