// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Core.Experiments;
using LogisticsSim.Core.Kpis;

namespace LogisticsSim.Reporting.Files;

/// <summary>
/// legs.csv: one row per leg of a request carried as a chain, per replication, times in hours since the
/// scenario's start, empty where a leg never got that far. `run` writes it where the scenario has transfer
/// nodes; requests.csv keeps one row per request.
/// </summary>
public static class LegsCsv
{
    public const string FileName = "legs.csv";

    private static readonly string[] Columns =
    [
        "replication", "request", "leg", "id", "from", "to", "mode", "tonnes", "tonnes_delivered", "ready", "departed", "delivered", "vehicles",
    ];

    /// <summary>Every replication's legs, in replication order.</summary>
    public static void Write(TextWriter writer, RunSummary run) => Write(writer, run.Replications.SelectMany(rep => rep.Legs));

    /// <summary>Reads legs.csv back (for the map's chain flows).</summary>
    public static IReadOnlyList<LegRecord> Read(string text, string file) =>
        Csv.Read(text, file, Columns).Select(row => new LegRecord(
            row.Integer("replication"), row.Text("request"), row.Integer("leg"), row.Text("id"), row.Text("from"), row.Text("to"), row.Text("mode"),
            row.Number("tonnes"), row.Number("tonnes_delivered"), row.Number("ready"), row.OptionalNumber("departed"), row.OptionalNumber("delivered"),
            row.Text("vehicles"))).ToArray();

    public static void Write(TextWriter writer, IEnumerable<LegRecord> legs)
    {
        using var csv = Csv.Writer(writer);
        csv.WriteHeader(Columns);
        foreach (var l in legs)
        {
            csv.WriteRecord(
            [
                l.Replication.ToString(CultureInfo.InvariantCulture), l.Request, l.Leg.ToString(CultureInfo.InvariantCulture), l.Id, l.From, l.To, l.Mode,
                Csv.Number(l.Tonnes), Csv.Number(l.TonnesDelivered), Csv.Number(l.Ready),
                l.Departed is { } d ? Csv.Number(d) : "", l.Delivered is { } t ? Csv.Number(t) : "", l.Vehicles,
            ]);
        }
    }
}
