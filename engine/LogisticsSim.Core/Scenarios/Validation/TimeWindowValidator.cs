// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Scenarios.Validation;

/// <summary>
/// Times must make sense together: a request is due after it is ready and ready within the horizon;
/// a storage request ends after it starts and starts within the horizon;
/// a stream's or a need's window starts before it ends and ends by the horizon.
/// </summary>
internal sealed class TimeWindowValidator : IScenarioValidator
{
    public IEnumerable<ScenarioError> Validate(Scenario scenario, SourceMap source)
    {
        bool horizonKnown = !source.HasErrorAt("horizon");
        var horizon = scenario.Horizon;
        var requests = scenario.Demand.Requests;
        for (int i = 0; i < requests.Count; i++)
        {
            string p = $"demand.requests[{i}]";
            var r = requests[i];
            if (r.Due <= r.Ready && Readable(source, $"{p}.ready", $"{p}.due"))
            {
                yield return source.Error($"{p}.due", Words.Duration(r.Due), $"a due time after ready ({Words.Duration(r.Ready)})");
            }
            if (horizonKnown && r.Ready >= horizon && Readable(source, $"{p}.ready"))
            {
                yield return source.Error($"{p}.ready", Words.Duration(r.Ready), $"a ready time before the horizon ({Words.Duration(horizon)})");
            }
        }
        var storage = scenario.Demand.Storage;
        for (int i = 0; i < storage.Count; i++)
        {
            string p = $"demand.storage[{i}]";
            var r = storage[i];
            if (r.Until <= r.From && Readable(source, $"{p}.from", $"{p}.until"))
            {
                yield return source.Error($"{p}.until", Words.Duration(r.Until), $"an end after from ({Words.Duration(r.From)})");
            }
            else if (horizonKnown && r.From >= horizon && Readable(source, $"{p}.from"))
            {
                yield return source.Error($"{p}.from", Words.Duration(r.From), $"a start before the horizon ({Words.Duration(horizon)})");
            }
        }
        var arrivals = scenario.Demand.Arrivals;
        for (int i = 0; i < arrivals.Count; i++)
        {
            foreach (var e in Window(source, $"demand.arrivals[{i}]", arrivals[i].Start, arrivals[i].End, horizonKnown ? horizon : null)) yield return e;
        }
        var needs = scenario.Demand.Needs;
        for (int i = 0; i < needs.Count; i++)
        {
            foreach (var e in Window(source, $"demand.needs[{i}]", needs[i].Start, needs[i].End, horizonKnown ? horizon : null)) yield return e;
        }
    }

    private static IEnumerable<ScenarioError> Window(SourceMap source, string p, SimTime start, SimTime end, SimTime? horizon)
    {
        // An absent end defaults to the horizon, so only a written end can exceed it.
        if (horizon is { } h && end > h && source.Contains($"{p}.end") && Readable(source, $"{p}.end"))
        {
            yield return source.Error($"{p}.end", Words.Duration(end), $"an end at or before the horizon ({Words.Duration(h)})");
        }
        else if (start >= end && Readable(source, $"{p}.start", $"{p}.end"))
        {
            string path = source.Contains($"{p}.start") ? $"{p}.start" : $"{p}.end";
            yield return source.Error(path, $"start {Words.Duration(start)} and end {Words.Duration(end)}", "a start before the end");
        }
    }

    private static bool Readable(SourceMap source, params string[] paths) => paths.All(p => !source.HasErrorAt(p));
}
