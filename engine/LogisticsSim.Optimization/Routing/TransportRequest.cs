// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing;

/// <summary>Cargo to move from a pickup location to a delivery location by one vehicle.</summary>
/// <param name="Id">Unique among the problem's requests (and onboard cargo).</param>
/// <param name="PickupLocation">Index into <see cref="RoutingProblem.Locations"/>, or null when the cargo
/// is loaded at the start of whichever vehicle serves it (a classic VRPTW customer: see remarks).</param>
/// <param name="DeliveryLocation">Index into <see cref="RoutingProblem.Locations"/>.</param>
/// <param name="Tonnes">Mass.</param>
/// <param name="CubicMeters">Volume.</param>
/// <param name="Priority">1 is the most urgent; only used through <paramref name="DropPenalty"/>.</param>
/// <param name="DropPenalty">Cost, in objective units, of leaving the request unserved; see <see cref="DropPenaltyRule"/>.
/// <see cref="double.PositiveInfinity"/> makes the request mandatory: no plan leaves it unserved.</param>
/// <param name="SplitFrom">Id of the request this one is a part of, when <see cref="RequestSplitter"/> split it.</param>
/// <param name="LatenessCostPerHour">This request's own price, in objective units per hour, of delivering after its
/// due time (for example its tonnes times a per-tonne weight); null for the problem's
/// <see cref="RoutingProblem.LatenessCostPerHour"/>. Needs a problem that prices lateness (a non-null price there).</param>
/// <remarks>
/// Requests loaded at the vehicle start cannot be mixed with pickup-and-delivery requests or onboard
/// cargo in one problem: their load is counted up from the start, which is exact only when every
/// stop is such a delivery.
/// </remarks>
public sealed record TransportRequest(
    string Id,
    int? PickupLocation,
    int DeliveryLocation,
    double Tonnes,
    double CubicMeters,
    int Priority,
    double DropPenalty,
    string? SplitFrom = null,
    double? LatenessCostPerHour = null)
{
    /// <summary>True for a delivery whose cargo is loaded at the serving vehicle's start.</summary>
    public bool LoadedAtStart => PickupLocation is null;
}
