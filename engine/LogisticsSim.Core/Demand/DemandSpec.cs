// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Demand;

/// <summary>Everything a scenario asks to move, and to store: requests one by one, random streams, needs from population, and storage.</summary>
/// <param name="Requests">Service requests written out one by one.</param>
/// <param name="Arrivals">Random streams of requests.</param>
/// <param name="Needs">Requests generated from population and rations.</param>
public sealed record DemandSpec(
    IReadOnlyList<ServiceRequestSpec> Requests,
    IReadOnlyList<ArrivalStream> Arrivals,
    IReadOnlyList<NeedSpec> Needs)
{
    /// <summary>Storage as a service (<c>demand.storage</c>): space asked for at a node over a time window.</summary>
    public IReadOnlyList<StorageRequestSpec> Storage { get; init; } = [];

    /// <summary>No demand at all.</summary>
    public static DemandSpec Empty { get; } = new([], [], []);
}
