// SPDX-License-Identifier: Apache-2.0
using CsCheck;
using LogisticsSim.Core.Network;
using Xunit;

namespace LogisticsSim.Core.Tests.Network;

/// <summary>
/// The cached fastest paths, kept through hazards that close, reopen, slow and speed links (only the trees a change can
/// alter are searched again), are at every step those of a network that searches them afresh: hours and first arcs,
/// ties included (whole-number lengths make ties common).
/// </summary>
public class NetworkStatePathsTests
{
    private const int NodeCount = 6;
    private static readonly TransportMode[] Modes = [TransportMode.Road, TransportMode.Air];
    private static readonly double[] Speeds = [40, 60];

    /// <summary>Links: ends, mode (0 road, 1 air), one-way or not, km.</summary>
    private static readonly Gen<(int From, int To, int Mode, bool OneWay, int Km)[]> Links =
        Gen.Select(Gen.Int[0, NodeCount - 1], Gen.Int[0, NodeCount - 1], Gen.Int[0, 1], Gen.Bool, Gen.Int[1, 4]).Array[1, 12];

    /// <summary>Steps: what (0 close, 1 reopen, 2 slow, 3 end a slowdown), which link, which factor.</summary>
    private static readonly Gen<(int What, int Pick, int Factor)[]> Steps = Gen.Select(Gen.Int[0, 3], Gen.Int[0, 99], Gen.Int[1, 3]).Array[1, 30];

    [Fact]
    public void CachedPaths_AreThoseSearchedAfresh_ThroughEveryChange()
    {
        Gen.Select(Links.Where(l => l.All(x => x.From != x.To)), Steps).Sample((links, steps) =>
        {
            var nodes = Enumerable.Range(0, NodeCount).Select(i => new Node(new NodeId($"N{i}"), NodeKind.Hub, new GeoPoint(i, i), null, null, null, null)).ToArray();
            var linkList = links.Select((l, i) => new Link(new LinkId($"L{i}"), nodes[l.From].Id, nodes[l.To].Id, Modes[l.Mode], l.Km * 10, false, null, !l.OneWay)).ToArray();
            var network = new TransportNetwork(1, nodes, linkList);
            var kept = new NetworkState(network);
            var done = new List<Action<NetworkState>>();
            var closed = new int[linkList.Length];
            var slowed = linkList.Select(_ => new List<double>()).ToArray();
            Ask(kept); // every tree cached before the first change
            foreach (var (what, pick, factor) in steps)
            {
                var link = linkList[pick % linkList.Length].Id;
                int i = pick % linkList.Length;
                Action<NetworkState>? step = null;
                switch (what)
                {
                    case 0:
                        closed[i]++;
                        step = s => s.ChangeClosure(link, +1);
                        break;
                    case 1 when closed[i] > 0:
                        closed[i]--;
                        step = s => s.ChangeClosure(link, -1);
                        break;
                    case 2:
                        // 1.5, 2 or 2.5 times the hours: whole-number lengths times these still tie often.
                        double f = 1 + factor / 2.0;
                        slowed[i].Add(f);
                        step = s => s.ChangeSlowdown(link, f, add: true);
                        break;
                    case 3 when slowed[i].Count > 0:
                        double g = slowed[i][0];
                        slowed[i].RemoveAt(0);
                        step = s => s.ChangeSlowdown(link, g, add: false);
                        break;
                }
                if (step is null) continue;
                step(kept);
                done.Add(step);
                var fresh = new NetworkState(network);
                foreach (var d in done) d(fresh);
                Assert.Equal(Ask(fresh), Ask(kept));
            }
        }, iter: 300);
    }

    /// <summary>Hours and first arc for every pair of nodes, mode and speed, in a fixed order.</summary>
    private static List<(double Hours, int Next)> Ask(NetworkState s)
    {
        var answers = new List<(double, int)>();
        foreach (var mode in Modes)
        {
            foreach (double speed in Speeds)
            {
                for (int from = 0; from < NodeCount; from++)
                {
                    for (int to = 0; to < NodeCount; to++) answers.Add((s.Hours(from, to, mode, speed), s.NextArc(from, to, mode, speed)));
                }
            }
        }
        return answers;
    }
}
