// SPDX-License-Identifier: Apache-2.0
using CsCheck;
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Response;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;
using Xunit;

namespace LogisticsSim.Core.Tests.Strategies;

/// <summary>
/// The priority rule reads requests route by route from the model's per-route queues, dropping routes no
/// free vehicle serves; it must decide exactly what the plain rule decides (sort every open request, scan
/// the same route for each vehicle). And the model's queues must hold exactly the open requests, in order.
/// </summary>
public class MostUrgentRoutesTests
{
    private static readonly string[] Nodes = ["A", "B", "C", "D"];

    private static readonly Gen<(int From, int To, int Priority, int DueH, int Tenths)[]> Requests =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 3], Gen.Int[1, 3], Gen.Int[1, 6], Gen.Int[1, 150]).Array[0, 30];

    private static readonly Gen<(int Location, int FreeInH, int Payload)[]> Fleets =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 2], Gen.Int[3, 12]).Array[0, 8];

    private static readonly Gen<int[]> Hours = Gen.Int[0, 3].Array[Nodes.Length * Nodes.Length]; // 0: no path

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // reading only the routes within reach of free vehicles, and grouping vehicles per node
    public void PriorityRule_DecidesAsThePlainRule(bool tellsReach)
    {
        Gen.Select(Requests, Fleets, Hours, Gen.Int[0, 40]).Sample((requests, fleet, hours, stockTenths) =>
        {
            var snapshot = Snapshot(requests, fleet, hours, tellsReach);
            snapshot.Stock[("A", "food")] = stockTenths / 10.0; // scarce at A: some requests wait for stock
            var expected = PlainPriorityRule(snapshot);
            var actual = new PriorityStrategy().Decide(snapshot);
            Assert.Equal(expected.Select(d => d.ToString()), actual.Select(d => d.ToString()));
        }, iter: 500);
    }

    [Fact]
    public void PriorityRule_DecidesSomethingOnTheGeneratedSnapshots()
    {
        // Guards the property above against passing only on empty decisions.
        var snapshot = Snapshot([(0, 1, 1, 3, 50), (0, 1, 2, 3, 30), (2, 1, 1, 2, 20)], [(0, 0, 10), (2, 0, 3)], Enumerable.Repeat(1, 16).ToArray());
        var decisions = new PriorityStrategy().Decide(snapshot);
        Assert.Equal(PlainPriorityRule(snapshot).Select(d => d.ToString()), decisions.Select(d => d.ToString()));
        Assert.Equal(2, decisions.Count);
    }

    [Fact]
    public void OpenRequests_KeepEveryOrder_ThroughOpeningClosingAndRetargeting()
    {
        Gen.Select(Requests, Gen.Int[0, 3].Array[60], Gen.Int[0, 1000].Array[60]).Sample((requests, ops, picks) =>
        {
            var all = requests.Select((r, i) => new RequestState
            {
                Id = $"r{i}", Item = new ItemId(i % 2 == 0 ? "food" : "wash"), From = new NodeId(Nodes[r.From]), To = new NodeId(Nodes[r.To]),
                Tonnes = r.Tenths / 10.0, CubicMetresPerTonne = 1, Ready = SimTime.FromHours(r.DueH % 3), Due = SimTime.FromHours(r.DueH),
                Priority = r.Priority, Sequence = i,
            }).ToList();
            var open = new OpenRequests(node => Array.IndexOf(Nodes, node.Value));
            var expected = new HashSet<RequestState>();
            for (int k = 0; k < ops.Length && all.Count > 0; k++)
            {
                var r = all[picks[k] % all.Count];
                switch (ops[k])
                {
                    case 0 or 1:
                        open.Add(r);
                        expected.Add(r);
                        break;
                    case 2:
                        open.Remove(r);
                        expected.Remove(r);
                        break;
                    default:
                        open.Retarget(r, new NodeId(Nodes[picks[k] % Nodes.Length]), TransportMode.Road);
                        break;
                }
                Assert.Equal(expected.Count, open.Count);
                Assert.Equal(expected.OrderBy(x => x.Ready).ThenBy(x => x.Sequence), open.ByReady);
                var routes = expected.Select(x => x.View()).Order(DispatchRule.MostUrgent).Select(x => (x.From, x.To)).Distinct().ToList();
                Assert.Equal(routes, open.Routes); // by their most urgent request
                int kept = picks[k] % 16; // a set of origins, by node index
                Assert.Equal(routes.Where(r => (kept >> Array.IndexOf(Nodes, r.From.Value) & 1) == 1), open.RoutesFrom(node => (kept >> node & 1) == 1));
                foreach (var (from, to) in routes)
                {
                    var onRoute = expected.Where(x => x.From == from && x.To == to).Select(x => x.View()).Order(DispatchRule.MostUrgent).Select(v => v.Id);
                    Assert.Equal(onRoute, open.OnRoute(from, to)!.Select(x => x.Id));
                }
                foreach (var node in Nodes)
                {
                    foreach (var item in new[] { "food", "wash" })
                    {
                        Assert.Equal(expected.Any(x => x.From.Value == node && x.Item.Value == item), open.AnyWaitingFor(new NodeId(node), new ItemId(item)));
                    }
                }
            }
        }, iter: 200);
    }

    private static FakeSnapshot Snapshot((int From, int To, int Priority, int DueH, int Tenths)[] requests, (int Location, int FreeInH, int Payload)[] fleet, int[] hours,
        bool tellsReach = false)
    {
        VehicleType[] types = [.. Enumerable.Range(0, 13).Select(p => FakeSnapshot.Truck(payload: p))];
        var snapshot = new FakeSnapshot
        {
            TellsReach = tellsReach,
            Now = SimTime.FromHours(1),
            Requests = requests.Select((r, i) => FakeSnapshot.Request($"r{i}", r.Tenths / 10.0, r.Priority, readyH: i % 3 * 0.25, dueH: r.DueH,
                from: Nodes[r.From], to: Nodes[r.To], sequence: i)).ToArray(),
            Vehicles = fleet.Select((f, i) => new VehicleView($"v{i}", types[f.Payload], f.Payload, new NodeId(Nodes[f.Location]),
                SimTime.FromHours(1 + f.FreeInH), true, false)).ToArray(),
        };
        return snapshot.WithHours(Nodes, hours);
    }

    /// <summary>The rule as it reads: every open request most urgent first; for each, the soonest free vehicle, filled from the same route.</summary>
    private static List<Decision> PlainPriorityRule(ISnapshot snapshot)
    {
        var rule = new DispatchRule(snapshot);
        var ordered = DispatchRule.MostUrgentFirst(snapshot.Requests);
        for (int i = 0; i < ordered.Length && rule.AnyFree; i++)
        {
            var first = ordered[i];
            while (rule.AnyFree && rule.Open(first) > Tonnage.Epsilon && rule.Soonest(first) is { } vehicle)
            {
                double tonnesLeft = vehicle.Type.PayloadTonnes, cubicLeft = vehicle.Type.VolumeM3 ?? double.PositiveInfinity;
                var parts = new List<(OpenRequest, double)>();
                for (int j = i; j < ordered.Length && tonnesLeft > Tonnage.Epsilon; j++)
                {
                    var other = ordered[j];
                    if (other.From != first.From || other.To != first.To) continue;
                    double t = rule.Fit(other, vehicle, tonnesLeft, cubicLeft);
                    if (t <= Tonnage.Epsilon) continue;
                    rule.Take(other, t);
                    parts.Add((other, t));
                    tonnesLeft -= t;
                    cubicLeft -= t * other.CubicMetresPerTonne;
                }
                if (parts.Count == 0) break;
                rule.Send(vehicle, first.From, first.To, parts);
            }
        }
        return rule.Decisions;
    }
}
