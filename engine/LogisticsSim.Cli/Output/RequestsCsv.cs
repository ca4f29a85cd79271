// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using CsvHelper;
using LogisticsSim.Core.Experiments;

namespace LogisticsSim.Cli.Output;

/// <summary>requests.csv: one row per request and replication, times in hours since the scenario's start.</summary>
public static class RequestsCsv
{
    private static readonly string[] Header =
    [
        "replication", "id", "partner", "item", "tonnes", "tonnes_delivered", "origin", "destination",
        "priority", "ready", "due", "dispatched", "delivered", "status",
    ];

    public static void Write(TextWriter writer, RunSummary run)
    {
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture }, true);
        csv.WriteHeader(Header);
        foreach (var r in run.Replications.SelectMany(rep => rep.Requests))
        {
            csv.WriteRecord(
            [
                r.Replication.ToString(CultureInfo.InvariantCulture), r.Id, r.Partner, r.Item, Number(r.Tonnes), Number(r.TonnesDelivered),
                r.Origin, r.Destination, r.Priority.ToString(CultureInfo.InvariantCulture), Number(r.Ready), Number(r.Due),
                r.Dispatched is { } d ? Number(d) : "", r.Delivered is { } t ? Number(t) : "", r.Status,
            ]);
        }
    }

    /// <summary>Up to six decimals: a gram, a few milliseconds of an hour.</summary>
    public static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
