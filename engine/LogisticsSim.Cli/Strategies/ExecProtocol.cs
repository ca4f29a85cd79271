// SPDX-License-Identifier: Apache-2.0
using System.Text.Json;
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Strategies;

using LogisticsSim.Cli.Output;

namespace LogisticsSim.Cli.Strategies;

/// <summary>
/// The JSON lines an exec strategy exchanges (scenarios/strategies/README.md has the schema): one
/// snapshot out, one answer in, per epoch. An answer is checked here as far as a snapshot allows, so
/// that a bad one is caught as the program's fault rather than failing the run inside the model.
/// </summary>
public static class ExecProtocol
{
    /// <summary>2 since requests carried as chains show each leg with its request, leg number and mode.</summary>
    public const int Version = 2;

    public static string Snapshot(ISnapshot s, int epoch)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteNumber("protocol", Version);
            json.WriteNumber("epoch", epoch);
            json.WriteNumber("now_h", s.Now.Hours);
            json.WriteNumber("network_version", s.NetworkVersion);
            json.WriteStartArray("requests");
            foreach (var r in s.Requests)
            {
                json.WriteStartObject();
                json.WriteString("id", r.Id);
                json.WriteString("request", r.Request ?? r.Id);
                json.WriteNumber("leg", r.Leg);
                if (r.Mode is { } mode) json.WriteString("mode", LinkId.ModeName(mode));
                else json.WriteNull("mode");
                json.WriteString("item", r.Item.Value);
                json.WriteString("from", r.From.Value);
                json.WriteString("to", r.To.Value);
                json.WriteNumber("tonnes", r.Tonnes);
                json.WriteNumber("m3_per_t", r.CubicMetresPerTonne);
                json.WriteNumber("ready_h", r.Ready.Hours);
                json.WriteNumber("due_h", r.Due.Hours);
                json.WriteNumber("priority", r.Priority);
                JsonFile.Number(json, "stock_t", s.AvailableStock(r.From, r.Item));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("vehicles");
            foreach (var v in s.Vehicles)
            {
                json.WriteStartObject();
                json.WriteString("id", v.Id);
                json.WriteString("type", v.Type.Id.Value);
                json.WriteString("mode", v.Type.Mode.ToString().ToLowerInvariant());
                json.WriteString("location", v.Location.Value);
                json.WriteBoolean("available", v.IsAvailable);
                json.WriteNumber("available_at_h", v.AvailableAt.Hours);
                json.WriteBoolean("broken", v.IsBroken);
                json.WriteNumber("payload_t", v.Type.PayloadTonnes);
                JsonFile.Number(json, "volume_m3", v.Type.VolumeM3 ?? double.PositiveInfinity);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            WriteTravel(json, s);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>travel_h[type][from][to]: hours of the fastest open path now, null where none is open; from available vehicles' places and request origins, to request origins and destinations.</summary>
    private static void WriteTravel(Utf8JsonWriter json, ISnapshot s)
    {
        var froms = s.Vehicles.Where(v => v.IsAvailable).Select(v => v.Location).Concat(s.Requests.Select(r => r.From)).Distinct().OrderBy(n => n.Value, StringComparer.Ordinal).ToArray();
        var tos = s.Requests.Select(r => r.From).Concat(s.Requests.Select(r => r.To)).Distinct().OrderBy(n => n.Value, StringComparer.Ordinal).ToArray();
        json.WriteStartObject("travel_h");
        foreach (var type in s.Vehicles.Where(v => v.IsAvailable).Select(v => v.Type).DistinctBy(t => t.Id).OrderBy(t => t.Id.Value, StringComparer.Ordinal))
        {
            json.WriteStartObject(type.Id.Value);
            foreach (var from in froms)
            {
                json.WriteStartObject(from.Value);
                foreach (var to in tos) JsonFile.Number(json, to.Value, s.TravelHours(type, from, to));
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>The decisions of an answer line, or a description of what is wrong with it.</summary>
    public static (IReadOnlyList<Decision>? Decisions, string? Problem) Answer(string line, ISnapshot s)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            if (!doc.RootElement.TryGetProperty("decisions", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                return (null, "an answer without a \"decisions\" list");
            }
            var decisions = new List<Decision>();
            foreach (var d in list.EnumerateArray())
            {
                if (d.TryGetProperty("drop", out var drop)) decisions.Add(new Drop(drop.GetString() ?? ""));
                else decisions.Add(new Dispatch(d.GetProperty("vehicle").GetString() ?? "", d.GetProperty("stops").EnumerateArray().Select(Stop).ToArray()));
            }
            return Check(decisions, s) is { } problem ? (null, problem) : (decisions, null);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return (null, $"an answer that is not the expected JSON ({e.Message})");
        }
    }

    private static Stop Stop(JsonElement e) =>
        new(new NodeId(e.GetProperty("node").GetString() ?? ""), Parts(e, "unload"), Parts(e, "load"));

    private static CargoPart[] Parts(JsonElement stop, string name) =>
        stop.TryGetProperty(name, out var parts)
            ? parts.EnumerateArray().Select(p => new CargoPart(p.GetProperty("request").GetString() ?? "", p.GetProperty("tonnes").GetDouble())).ToArray()
            : [];

    /// <summary>What the model would refuse and a snapshot can tell: unknown or busy vehicles, unknown requests, too many tonnes, cargo left aboard.</summary>
    private static string? Check(List<Decision> decisions, ISnapshot s)
    {
        var vehicles = s.Vehicles.ToDictionary(v => v.Id, StringComparer.Ordinal);
        var requests = s.Requests.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var nodes = s.Nodes.ToHashSet();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var claimed = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var decision in decisions)
        {
            if (decision is Drop drop)
            {
                if (!requests.ContainsKey(drop.RequestId)) return $"drop of '{drop.RequestId}', which is not an open request";
                continue;
            }
            var dispatch = (Dispatch)decision;
            if (!vehicles.TryGetValue(dispatch.VehicleId, out var v)) return $"vehicle '{dispatch.VehicleId}', which does not exist";
            if (!v.IsAvailable || !used.Add(v.Id)) return $"vehicle '{v.Id}', which is not available";
            if (dispatch.Stops.Count == 0) return $"a route for {v.Id} without stops";
            var aboard = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var stop in dispatch.Stops)
            {
                if (!nodes.Contains(stop.Node)) return $"node '{stop.Node}', which does not exist";
                foreach (var p in stop.Unload)
                {
                    if (aboard.GetValueOrDefault(p.RequestId) < p.Tonnes - Tonnage.Epsilon) return $"{v.Id} unloading {p} that it does not carry";
                    if (requests[p.RequestId].To != stop.Node) return $"{v.Id} unloading {p} at {stop.Node}, not at its destination";
                    aboard[p.RequestId] -= p.Tonnes;
                }
                foreach (var p in stop.Load)
                {
                    if (!requests.TryGetValue(p.RequestId, out var r)) return $"{v.Id} loading '{p.RequestId}', which is not an open request";
                    if (!(p.Tonnes > 0) || !double.IsFinite(p.Tonnes)) return $"{v.Id} loading {p.Tonnes} t of {r.Id}";
                    if (r.From != stop.Node) return $"{v.Id} loading {r.Id} at {stop.Node}, not at its origin {r.From}";
                    claimed[r.Id] = claimed.GetValueOrDefault(r.Id) + p.Tonnes;
                    if (claimed[r.Id] > r.Tonnes + Tonnage.Epsilon) return $"more of {r.Id} loaded than its {r.Tonnes} open tonnes";
                    aboard[r.Id] = aboard.GetValueOrDefault(r.Id) + p.Tonnes;
                    if (aboard.Values.Sum() > v.Type.PayloadTonnes + Tonnage.Epsilon) return $"{v.Id} loaded beyond its {v.Type.PayloadTonnes} t payload";
                }
            }
            if (aboard.Values.Any(t => t > Tonnage.Epsilon)) return $"{v.Id} keeping cargo aboard at the end of its route";
        }
        return null;
    }
}
