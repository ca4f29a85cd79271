// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Core.Kpis;

namespace LogisticsSim.Reporting.Files;

/// <summary>Reads requests.csv (DESIGN.md's columns) back into request records, for the lead-time chart.</summary>
public static class RequestsCsvReader
{
    public const string FileName = "requests.csv";

    private static readonly string[] Columns =
    [
        "replication", "id", "partner", "item", "tonnes", "tonnes_delivered", "origin", "destination",
        "priority", "ready", "due", "dispatched", "delivered", "status",
    ];

    public static IReadOnlyList<RequestRecord> Read(string text, string file) =>
        Csv.Read(text, file, Columns).Select(r =>
        {
            var row = r.Row;
            return new RequestRecord(
                (int)row.Number("replication"), row.Text("id"), row.Text("partner"), row.Text("item"), row.Number("tonnes"), row.Number("tonnes_delivered"),
                row.Text("origin"), row.Text("destination"), int.Parse(row.Text("priority"), NumberStyles.Integer, CultureInfo.InvariantCulture),
                row.Number("ready"), row.Number("due"), row.OptionalNumber("dispatched"), row.OptionalNumber("delivered"), row.Text("status"));
        }).ToArray();
}
