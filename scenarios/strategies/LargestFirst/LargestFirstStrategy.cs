// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;

namespace LogisticsSim.Examples;

/// <summary>
/// Covers: a strategy in C#, loaded by path with <c>--strategy path/to/LargestFirst.dll</c>. The
/// request with the most tonnes waiting goes first, on the free vehicle that reaches its origin
/// soonest, as full as payload, volume and stock allow.
/// </summary>
public sealed class LargestFirstStrategy : IStrategy
{
    /// <summary>The scenario's strategy section arrives here; this policy takes no options.</summary>
    public LargestFirstStrategy(StrategySpec spec) => Spec = spec;

    public StrategySpec Spec { get; }

    public string Name => "largest-first";

    public SimTime? ReplanEvery => null;

    public IReadOnlyList<Decision> Decide(ISnapshot snapshot)
    {
        var free = snapshot.Vehicles.Where(v => v.IsAvailable).ToList();
        var decisions = new List<Decision>();
        foreach (var r in snapshot.Requests.OrderByDescending(r => r.Tonnes).ThenBy(r => r.Sequence))
        {
            var vehicle = free
                .Where(v => double.IsFinite(snapshot.TravelHours(v.Type, v.Location, r.From)) && double.IsFinite(snapshot.TravelHours(v.Type, r.From, r.To)))
                .OrderBy(v => snapshot.TravelHours(v.Type, v.Location, r.From)).ThenBy(v => v.Id, StringComparer.Ordinal)
                .FirstOrDefault();
            if (vehicle is null) continue;
            double tonnes = Math.Min(Math.Min(r.Tonnes, vehicle.Type.PayloadTonnes), snapshot.AvailableStock(r.From, r.Item));
            if (vehicle.Type.VolumeM3 is { } m3 && r.CubicMetresPerTonne > 0) tonnes = Math.Min(tonnes, m3 / r.CubicMetresPerTonne);
            if (tonnes <= 1e-6) continue;
            var part = new CargoPart(r.Id, tonnes);
            decisions.Add(new Dispatch(vehicle.Id, [new Stop(r.From, [], [part]), new Stop(r.To, [part], [])]));
            free.Remove(vehicle);
        }
        return decisions;
    }
}
