// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Kpis;

/// <summary>A request's fate at the horizon, in simulated time (not rounded hours), for the KPIs.</summary>
/// <param name="Destination">The node it was bound for.</param>
/// <param name="Priority">1 is the most urgent.</param>
/// <param name="Tonnes">Tonnes requested.</param>
/// <param name="Delivered">Tonnes delivered by the horizon.</param>
/// <param name="DeliveredOnTime">Of those, tonnes delivered by the due time.</param>
/// <param name="IsFullyDelivered">Whether every tonne arrived (up to rounding).</param>
/// <param name="Ready">When the cargo could first leave.</param>
/// <param name="Due">When it should have arrived.</param>
/// <param name="Dispatched">When its first tonne left, or null.</param>
/// <param name="LastDelivered">When its last delivery arrived, or null.</param>
/// <param name="Deliveries">Every delivery: (time, tonnes).</param>
/// <param name="IsNeed">Whether it came from a population's needs.</param>
/// <param name="People">People whose needs it covers (needs only), for deprivation.</param>
internal sealed record RequestOutcome(
    string Destination,
    int Priority,
    double Tonnes,
    double Delivered,
    double DeliveredOnTime,
    bool IsFullyDelivered,
    SimTime Ready,
    SimTime Due,
    SimTime? Dispatched,
    SimTime? LastDelivered,
    IReadOnlyList<(SimTime Time, double Tonnes)> Deliveries,
    bool IsNeed,
    double People);
