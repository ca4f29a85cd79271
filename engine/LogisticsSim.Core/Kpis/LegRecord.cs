// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Kpis;

/// <summary>One row of legs.csv: one leg of a request carried as a chain, in one replication; times in hours since the start.</summary>
/// <param name="Replication">The replication number.</param>
/// <param name="Request">The id of the request the leg carries part of.</param>
/// <param name="Leg">Its number in the chain: 1 leaves from the request's origin, 2 from the first transfer node, and so on.</param>
/// <param name="Id">The leg's own id, as strategies see it ("request#n").</param>
/// <param name="From">Where the leg starts.</param>
/// <param name="To">Where it ends: a transfer node or the request's destination.</param>
/// <param name="Mode">The mode its route expected.</param>
/// <param name="Tonnes">Tonnes the leg carries.</param>
/// <param name="TonnesDelivered">Tonnes unloaded at its end.</param>
/// <param name="Ready">When its cargo could first leave.</param>
/// <param name="Departed">When its first tonne left, or null.</param>
/// <param name="Delivered">When its last tonne arrived, or null while some of it has not.</param>
/// <param name="Vehicles">The vehicles that carried it, space-separated.</param>
public sealed record LegRecord(
    int Replication,
    string Request,
    int Leg,
    string Id,
    string From,
    string To,
    string Mode,
    double Tonnes,
    double TonnesDelivered,
    double Ready,
    double? Departed,
    double? Delivered,
    string Vehicles);
