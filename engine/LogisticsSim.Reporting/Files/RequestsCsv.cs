// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Core.Experiments;
using LogisticsSim.Core.Kpis;

namespace LogisticsSim.Reporting.Files;

/// <summary>
/// requests.csv: one row per request and replication (DESIGN.md's columns), times in hours since the
/// scenario's start, empty where a request never got that far. `run` writes it; the report reads it
/// back for the lead-time chart, both by the one list of columns here.
/// </summary>
public static class RequestsCsv
{
    public const string FileName = "requests.csv";

    private static readonly string[] Columns =
    [
        "replication", "id", "partner", "item", "tonnes", "tonnes_delivered", "origin", "destination",
        "priority", "ready", "due", "dispatched", "delivered", "status",
    ];

    /// <summary>Every replication's requests, in replication order.</summary>
    public static void Write(TextWriter writer, RunSummary run) => Write(writer, run.Replications.SelectMany(rep => rep.Requests));

    public static void Write(TextWriter writer, IEnumerable<RequestRecord> requests)
    {
        using var csv = Csv.Writer(writer);
        csv.WriteHeader(Columns);
        foreach (var r in requests)
        {
            csv.WriteRecord(
            [
                r.Replication.ToString(CultureInfo.InvariantCulture), r.Id, r.Partner, r.Item, Csv.Number(r.Tonnes), Csv.Number(r.TonnesDelivered),
                r.Origin, r.Destination, r.Priority.ToString(CultureInfo.InvariantCulture), Csv.Number(r.Ready), Csv.Number(r.Due),
                r.Dispatched is { } d ? Csv.Number(d) : "", r.Delivered is { } t ? Csv.Number(t) : "", r.Status,
            ]);
        }
    }

    public static IReadOnlyList<RequestRecord> Read(string text, string file) =>
        Csv.Read(text, file, Columns).Select(row => new RequestRecord(
            row.Integer("replication"), row.Text("id"), row.Text("partner"), row.Text("item"), row.Number("tonnes"), row.Number("tonnes_delivered"),
            row.Text("origin"), row.Text("destination"), row.Integer("priority"), row.Number("ready"), row.Number("due"),
            row.OptionalNumber("dispatched"), row.OptionalNumber("delivered"), row.Text("status"))).ToArray();
}
