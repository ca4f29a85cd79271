// SPDX-License-Identifier: Apache-2.0
using CsCheck;
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Response;
using LogisticsSim.Kernel;
using LogisticsSim.Kernel.Random;
using Xunit;

namespace LogisticsSim.Core.Tests.Response;

/// <summary>
/// The pieces of the network per mode and the vehicles without work kept per piece, through random closures, reopenings,
/// vehicles freed, given work and moved: checked at every step against a plain search of the open links.
/// </summary>
public class IdleVehiclesTests
{
    private const int NodeCount = 6;
    private static readonly TransportMode[] Modes = [TransportMode.Road, TransportMode.Air];

    /// <summary>Links: ends, mode (0 road, 1 air), one-way or not.</summary>
    private static readonly Gen<(int From, int To, int Mode, bool OneWay)[]> Links =
        Gen.Select(Gen.Int[0, NodeCount - 1], Gen.Int[0, NodeCount - 1], Gen.Int[0, 1], Gen.Bool).Array[1, 9];

    /// <summary>Steps: what (0 free, 1 give work, 2 move, 3 close, 4 reopen), and picks.</summary>
    private static readonly Gen<(int What, int Pick, int Node)[]> Steps = Gen.Select(Gen.Int[0, 4], Gen.Int[0, 99], Gen.Int[0, NodeCount - 1]).Array[1, 40];

    [Fact]
    public void PiecesAndIdleVehiclesNear_AreThoseOfAPlainSearch_ThroughEveryChange()
    {
        Gen.Select(Links.Where(l => l.All(x => x.From != x.To)), Gen.Int[0, NodeCount - 1].Array[4], Steps).Sample((links, bases, steps) =>
        {
            var nodes = Enumerable.Range(0, NodeCount).Select(i => new Node(new NodeId($"N{i}"), NodeKind.Hub, new GeoPoint(i, i), null, null, null, null)).ToArray();
            var linkList = links.Select((l, i) => new Link(new LinkId($"L{i}"), nodes[l.From].Id, nodes[l.To].Id, Modes[l.Mode], 10, false, null, !l.OneWay)).ToArray();
            var network = new NetworkState(new TransportNetwork(1, nodes, linkList));
            var reach = new Reach(network, Modes);
            var streams = new RandomStreams(1, 0);
            var vehicles = bases.Select((b, i) => new VehicleUnit($"v{i}", Type(Modes[i % 2]), i % 2, b, streams.For("travel", $"v{i}")) { Position = i }).ToList();
            var idle = new IdleVehicles(vehicles, reach);
            var isIdle = new bool[vehicles.Count];
            var closed = new int[linkList.Length];
            foreach (var (what, pick, node) in steps)
            {
                var v = vehicles[pick % vehicles.Count];
                var link = pick % linkList.Length;
                switch (what)
                {
                    case 0:
                        idle.Add(v);
                        isIdle[v.Position] = true;
                        break;
                    case 1:
                        idle.Remove(v);
                        isIdle[v.Position] = false;
                        break;
                    case 2:
                        int from = v.Location;
                        v.Location = node;
                        idle.Moved(v, from);
                        break;
                    case 3:
                        network.ChangeClosure(linkList[link].Id, +1);
                        closed[link]++;
                        break;
                    default:
                        if (closed[link] == 0) break;
                        network.ChangeClosure(linkList[link].Id, -1);
                        closed[link]--;
                        break;
                }
                var joined = Modes.Select(mode => Joined(linkList, closed, mode)).ToArray();
                for (int a = 0; a < NodeCount; a++)
                {
                    for (int b = 0; b < NodeCount; b++)
                    {
                        for (int m = 0; m < Modes.Length; m++) Assert.Equal(joined[m][a, b], reach.Piece(m, a) == reach.Piece(m, b));
                        Assert.Equal(joined[0][a, b] && joined[1][a, b], reach.Place(a) == reach.Place(b));
                    }
                }
                for (int n = 0; n < NodeCount; n++)
                {
                    var expected = vehicles.Where(u => isIdle[u.Position] && joined[reach.ModeIndex(u.Type.Mode)][u.Location, n]).Select(u => u.Position);
                    Assert.Equal(expected, idle.Near(n));
                }
                Assert.Equal(vehicles.Where(u => isIdle[u.Position]).Select(u => u.Position), idle.All);
            }
        }, iter: 300);
    }

    private static VehicleType Type(TransportMode mode) =>
        new(new VehicleTypeId(mode.ToString()), null, mode, 1, new NodeId("N0"), 10, null, 50, SimTime.Zero, SimTime.Zero, 1, 0);

    /// <summary>Which nodes the open links of a mode join, either way: a plain search from every node.</summary>
    private static bool[,] Joined(Link[] links, int[] closed, TransportMode mode)
    {
        var joined = new bool[NodeCount, NodeCount];
        for (int start = 0; start < NodeCount; start++)
        {
            var queue = new Queue<int>([start]);
            joined[start, start] = true;
            while (queue.TryDequeue(out int at))
            {
                for (int l = 0; l < links.Length; l++)
                {
                    if (closed[l] > 0 || links[l].Mode != mode) continue;
                    int a = int.Parse(links[l].From.Value[1..]), b = int.Parse(links[l].To.Value[1..]);
                    int other = a == at ? b : b == at ? a : -1;
                    if (other >= 0 && !joined[start, other])
                    {
                        joined[start, other] = true;
                        queue.Enqueue(other);
                    }
                }
            }
        }
        return joined;
    }
}
