// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;
using LogisticsSim.Kernel.Random;

namespace LogisticsSim.Optimization.Strategies;

/// <summary>
/// Futures of demand drawn from the scenario's demand model: the requests that may become ready after now and
/// within a window. Requests written in the file and needs are the same in every future (their times and tonnes are
/// the file's, demand surges aside); each random arrival stream is drawn again, gaps from now, sizes and destinations
/// from its distributions. A future is drawn from a stream keyed by the time and its number alone, so the same
/// seed gives the same futures whatever the replication realised.
/// </summary>
internal sealed class DemandSampler(Scenario scenario, Func<string, RandomStream> streams)
{
    /// <summary>The prefix of a sampled request's id: no request of the file or of a stream starts so.</summary>
    public const string Prefix = "~future:";

    /// <summary>True when <paramref name="id"/> is a sampled request's.</summary>
    public static bool IsSampled(string id) => id.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>
    /// Future number <paramref name="index"/> at <paramref name="now"/>: the requests ready after now and no later
    /// than <paramref name="until"/>, in the order of their ready times.
    /// </summary>
    public IReadOnlyList<OpenRequest> Draw(SimTime now, SimTime until, int index)
    {
        until = SimTime.Min(until, scenario.Horizon);
        var rng = streams(string.Create(CultureInfo.InvariantCulture, $"future@{now.Ticks}#{index}"));
        var drawn = new List<OpenRequest>();
        long sequence = long.MaxValue / 2;
        // As the model makes them (ResponseModel.Demand): a written request keeps its own volume, the others take their item's.
        void Add(string id, ItemId item, Core.Network.NodeId from, Core.Network.NodeId to, double tonnes, SimTime ready, SimTime due, int priority,
            double people = 0, double? cubicMetresPerTonne = null)
        {
            if (!(tonnes > Tonnage.Epsilon)) return;
            drawn.Add(new OpenRequest($"{Prefix}{id}", item, from, to, tonnes, cubicMetresPerTonne ?? 1 / scenario.GetItem(item).TonnesPerM3, ready, due, priority, sequence++)
            {
                PeoplePerTonne = people > 0 ? people / tonnes : 0,
            });
        }
        foreach (var spec in scenario.Demand.Requests)
        {
            // The model makes none ready at the horizon or after it.
            if (spec.Ready > now && spec.Ready <= until && spec.Ready < scenario.Horizon)
            {
                Add(spec.Id, spec.Item, spec.From, spec.To, spec.Tonnes, spec.Ready, spec.Due, spec.Priority, cubicMetresPerTonne: spec.CubicMetres / spec.Tonnes);
            }
        }
        foreach (var need in scenario.Demand.Needs)
        {
            // Ready at its start and every interval after it, before its end.
            long first = now > need.Start ? (now - need.Start).Ticks / need.Every.Ticks : 0;
            for (long n = first; ; n++)
            {
                var ready = new SimTime(need.Start.Ticks + n * need.Every.Ticks);
                if (ready > until || ready >= need.End) break;
                if (ready <= now) continue;
                Add(string.Create(CultureInfo.InvariantCulture, $"{need.Id}-{n + 1}"), need.Item, need.From, need.At, need.TonnesPerRequest, ready, ready + need.DueAfterReady, need.Priority, need.People);
            }
        }
        foreach (var stream in scenario.Demand.Arrivals)
        {
            // Gaps from now (exact for exponential gaps, which have no memory; a renewal from now for the others).
            var at = SimTime.Max(now, stream.Start);
            for (int n = 1; ; n++)
            {
                at += SimTime.FromHours(Math.Max(0, stream.InterarrivalHours.Sample(rng)));
                double tonnes = stream.TonnesPerRequest.Sample(rng);
                var to = stream.To[stream.To.Count == 1 ? 0 : rng.NextInt(stream.To.Count)];
                if (at > until || at >= stream.End) break;
                Add(string.Create(CultureInfo.InvariantCulture, $"{stream.Id}-{n}"), stream.Item, stream.From, to, tonnes, at, at + stream.DueAfterArrival, stream.Priority);
            }
        }
        return drawn.OrderBy(r => r.Ready).ThenBy(r => r.Sequence).ToArray();
    }
}
