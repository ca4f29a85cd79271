// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Kpis;

/// <summary>One row of requests.csv: a request's fate in one replication; times in hours since the start.</summary>
/// <param name="Replication">The replication.</param>
/// <param name="Id">The request id.</param>
/// <param name="Partner">The requesting partner, or empty.</param>
/// <param name="Item">The item.</param>
/// <param name="Tonnes">Tonnes requested.</param>
/// <param name="TonnesDelivered">Tonnes delivered by the horizon.</param>
/// <param name="Origin">Origin node.</param>
/// <param name="Destination">Destination node.</param>
/// <param name="Priority">1 is the most urgent.</param>
/// <param name="Ready">When the cargo could first leave.</param>
/// <param name="Due">When it should have arrived.</param>
/// <param name="Dispatched">When its first tonne left, or null.</param>
/// <param name="Delivered">When its last tonne arrived, or null.</param>
/// <param name="Status">delivered, partial, in_transit, waiting or dropped.</param>
public sealed record RequestRecord(
    int Replication,
    string Id,
    string Partner,
    string Item,
    double Tonnes,
    double TonnesDelivered,
    string Origin,
    string Destination,
    int Priority,
    double Ready,
    double Due,
    double? Dispatched,
    double? Delivered,
    string Status);
