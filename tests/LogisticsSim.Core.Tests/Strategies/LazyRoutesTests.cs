// SPDX-License-Identifier: Apache-2.0
using CsCheck;
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;
using Xunit;

namespace LogisticsSim.Core.Tests.Strategies;

/// <summary>
/// The lazy rule reads only the routes a free vehicle can serve, route by route, and keeps each request's latest departure
/// from one epoch to the next while what it was worked out from holds: over a run of epochs that share requests, it must
/// decide and ask to be woken exactly as the plain rule (every open request sorted and worked out at every epoch).
/// </summary>
public class LazyRoutesTests
{
    private static readonly string[] Nodes = ["A", "B", "C", "D"];

    private static readonly Gen<(int From, int To, int Priority, int DueH, int Tenths)[]> Requests =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 3], Gen.Int[1, 3], Gen.Int[1, 30], Gen.Int[1, 150]).Array[0, 24];

    private static readonly Gen<(int Location, int FreeInH, int Payload)[]> Fleets =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 2], Gen.Int[3, 12]).Array[0, 6];

    private static readonly Gen<int[]> Hours = Gen.Int[0, 3].Array[Nodes.Length * Nodes.Length]; // 0: no path

    /// <summary>Per epoch: hours later, which requests close (bits), which change tonnes (bits), whether the network changes.</summary>
    private static readonly Gen<(int LaterH, int Close, int Change, bool Network)[]> Epochs =
        Gen.Select(Gen.Int[0, 6], Gen.Int[0, 255], Gen.Int[0, 255], Gen.Bool).Array[1, 5];

    private static readonly LazyOptions Options = new(SimTime.FromHours(1), 0.7, SimTime.FromHours(5));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void LazyRule_DecidesAsThePlainRule_EpochAfterEpoch(bool tellsReach)
    {
        Gen.Select(Requests, Fleets, Gen.Select(Hours, Hours), Gen.Select(Epochs, Gen.Int[0, 40])).Sample((requests, fleet, hours, run) =>
        {
            var (epochs, stockTenths) = run;
            VehicleType[] types = [.. Enumerable.Range(0, 13).Select(p => FakeSnapshot.Truck(payload: p))];
            var open = requests.Select((r, i) => FakeSnapshot.Request($"r{i}", r.Tenths / 10.0, r.Priority, readyH: i % 3 * 0.25, dueH: r.DueH,
                from: Nodes[r.From], to: Nodes[r.To], sequence: i)).ToList();
            var lazy = new LazyStrategy(Options);
            var plain = new PlainLazy(Options);
            double now = 1;
            int version = 0;
            foreach (var (laterH, close, change, network) in epochs)
            {
                now += laterH;
                if (network) version++;
                var snapshot = new FakeSnapshot
                {
                    TellsReach = tellsReach,
                    Now = SimTime.FromHours(now),
                    NetworkVersion = version,
                    Requests = [.. open],
                    Vehicles = fleet.Select((f, i) => new VehicleView($"v{i}", types[f.Payload], f.Payload, new NodeId(Nodes[(f.Location + version) % Nodes.Length]),
                        SimTime.FromHours(now + f.FreeInH), (i + version) % 4 != 3, false)).ToArray(),
                };
                snapshot.WithHours(Nodes, version % 2 == 0 ? hours.Item1 : hours.Item2);
                snapshot.Stock[("A", "food")] = stockTenths / 10.0;
                var expected = plain.Decide(snapshot);
                var actual = lazy.Decide(snapshot);
                Assert.Equal(expected.Select(d => d.ToString()), actual.Select(d => d.ToString()));
                Assert.Equal(plain.NextEpoch, lazy.NextEpoch);
                // The next epoch: some requests close, some change their open tonnes (a new view), the rest are the same objects.
                open = [.. open.Where((r, i) => (close >> (i % 8) & 1) == 0 || i % 3 != 0)
                    .Select((r, i) => (change >> (i % 8) & 1) == 1 && i % 2 == 0 ? r with { Tonnes = r.Tonnes / 2 } : r)];
            }
        }, iter: 400);
    }

    [Fact]
    public void TheGeneratedEpochs_SendSomething()
    {
        // Guards the property above against passing only on empty decisions: a late request with a vehicle beside it goes.
        var snapshot = new FakeSnapshot
        {
            TellsReach = true,
            Now = SimTime.FromHours(10),
            Requests = [FakeSnapshot.Request("late", 2, dueH: 5)],
            Vehicles = [FakeSnapshot.Vehicle("t1", "A", availableInHours: 10)],
            Hours = { [("A", "B")] = 1 },
        };
        Assert.Equal(new PlainLazy(Options).Decide(snapshot).Select(d => d.ToString()), new LazyStrategy(Options).Decide(snapshot).Select(d => d.ToString()));
        Assert.Single(new LazyStrategy(Options).Decide(snapshot));
    }

    /// <summary>The rule as it was first written: every open request sorted and worked out at every epoch.</summary>
    private sealed class PlainLazy(LazyOptions options)
    {
        private SimTime? _next;

        public SimTime? NextEpoch => _next;

        public IReadOnlyList<Decision> Decide(ISnapshot snapshot)
        {
            ArgumentNullException.ThrowIfNull(snapshot);
            var rule = new DispatchRule(snapshot);
            var vehicles = rule.Free;
            var ordered = DispatchRule.MostUrgentFirst(snapshot.Requests);
            var mustGo = new List<OpenRequest>();
            var waiting = new List<Held>();
            foreach (var r in ordered)
            {
                var latest = Latest(snapshot, rule, vehicles, r);
                if (latest is { } at && at <= snapshot.Now) mustGo.Add(r);
                else waiting.Add(new Held(r, latest, rule.Open(r)));
            }

            // What must go takes the vehicles first; it shares them with the requests that could have waited.
            OpenRequest[] candidates = [.. mustGo, .. waiting.Select(h => h.Request)];
            foreach (var first in mustGo)
            {
                while (rule.AnyFree && rule.Open(first) > Tonnage.Epsilon && vehicles.For(first.From, first.To).Vehicle is { } vehicle)
                {
                    var (parts, _) = Fill(rule, vehicle, first, candidates);
                    if (parts.Count == 0) break; // no stock: the request waits
                    rule.Send(vehicle, first.From, first.To, parts);
                }
            }
            foreach (var route in waiting.Select(h => h.Request).GroupBy(r => (r.From, r.To)).ToArray())
            {
                var group = route.ToArray();
                while (rule.AnyFree && group.FirstOrDefault(r => rule.Open(r) > Tonnage.Epsilon) is { } first && vehicles.For(first.From, first.To).Vehicle is { } vehicle)
                {
                    var (parts, fill) = Fill(rule, vehicle, first, group);
                    if (parts.Count > 0 && fill >= options.FillThreshold - 1e-9)
                    {
                        rule.Send(vehicle, first.From, first.To, parts);
                        continue;
                    }
                    foreach (var (request, tonnes) in parts) rule.Release(request, tonnes);
                    break;
                }
            }
            _next = NextLook(snapshot, rule, vehicles, waiting);
            return rule.Decisions;
        }

        /// <summary>A request that could wait, with its latest departure and the open tonnes it was worked out for.</summary>
        private readonly record struct Held(OpenRequest Request, SimTime? Latest, double Open);

        /// <summary>
        /// Loads the vehicle with open requests of <paramref name="first"/>'s route, in the order given, while
        /// tonnes and cubic metres allow; the parts are taken, and the share of the vehicle they fill.
        /// </summary>
        private static (List<(OpenRequest, double)> Parts, double Fill) Fill(DispatchRule rule, VehicleView vehicle, OpenRequest first, IReadOnlyList<OpenRequest> candidates)
        {
            double payload = vehicle.Type.PayloadTonnes, volume = vehicle.Type.VolumeM3 ?? double.PositiveInfinity;
            double tonnesLeft = payload, cubicLeft = volume;
            var parts = new List<(OpenRequest, double)>();
            foreach (var other in candidates)
            {
                if (tonnesLeft <= Tonnage.Epsilon) break;
                if (other.From != first.From || other.To != first.To) continue;
                double t = rule.Fit(other, vehicle, tonnesLeft, cubicLeft);
                if (t <= Tonnage.Epsilon) continue;
                rule.Take(other, t);
                parts.Add((other, t));
                tonnesLeft -= t;
                cubicLeft -= t * other.CubicMetresPerTonne;
            }
            double fill = Math.Max(1 - tonnesLeft / payload, double.IsPositiveInfinity(volume) ? 0 : 1 - cubicLeft / volume);
            return (parts, fill);
        }

        /// <summary>
        /// The last time the request can wait for, against the vehicles free now; null when none can serve
        /// it (a vehicle freed or the network changed brings an epoch). A time at or before now means it must go.
        /// </summary>
        private SimTime? Latest(ISnapshot snapshot, DispatchRule rule, SoonestVehicles vehicles, OpenRequest r)
        {
            var (vehicle, reach) = vehicles.For(r.From, r.To);
            if (vehicle is null) return null;
            double tonnes = Math.Min(rule.Open(r), vehicle.Type.PayloadTonnes);
            double hours = reach
                + snapshot.HandlingHours(r.From, tonnes) + vehicle.Type.LoadTime.Hours
                + snapshot.TravelHours(vehicle.Type, r.From, r.To)
                + snapshot.HandlingHours(r.To, tonnes) + vehicle.Type.UnloadTime.Hours;
            // The run's end is every request's deadline too: what is held past it is simply not delivered.
            double latest = SimTime.Min(r.Due, snapshot.Horizon).Hours - hours - options.Margin.Hours;
            // Compared in whole ticks, as the clock runs: an epoch asked for at this time finds it due.
            return latest > snapshot.Now.Hours ? SimTime.Max(snapshot.Now, SimTime.FromHours(latest)) : snapshot.Now;
        }

        /// <summary>
        /// When to look again: the earliest latest departure of what is still held, capped by the check interval;
        /// null when no vehicle is free (a vehicle becoming free brings an epoch anyway) or nothing is held. A held
        /// request's latest departure is worked out again only where it can have changed: when a vehicle was sent
        /// (the soonest vehicle of its route may be another now) or its open tonnes differ from those it was worked
        /// out for. On a large scenario most epochs send nothing, and this halves the rule's time.
        /// </summary>
        private SimTime? NextLook(ISnapshot snapshot, DispatchRule rule, SoonestVehicles vehicles, List<Held> waiting)
        {
            if (!rule.AnyFree) return null;
            bool sent = rule.Decisions.Count > 0;
            SimTime? next = null;
            foreach (var (r, held, open) in waiting)
            {
                double now = rule.Open(r);
                if (now <= Tonnage.Epsilon) continue;
                var latest = !sent && now.Equals(open) ? held : Latest(snapshot, rule, vehicles, r);
                if (latest is not { } at) continue;
                if (next is null || at < next) next = at;
            }
            return next is { } n ? SimTime.Min(n, snapshot.Now + options.CheckEvery) : null;
        }
    }
}
