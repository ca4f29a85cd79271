// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Demand;

/// <summary>Everything a scenario asks to move: requests one by one, random streams, and needs from population.</summary>
/// <param name="Requests">Service requests written out one by one.</param>
/// <param name="Arrivals">Random streams of requests.</param>
/// <param name="Needs">Requests generated from population and rations.</param>
public sealed record DemandSpec(
    IReadOnlyList<ServiceRequestSpec> Requests,
    IReadOnlyList<ArrivalStream> Arrivals,
    IReadOnlyList<NeedSpec> Needs)
{
    /// <summary>No demand at all.</summary>
    public static DemandSpec Empty { get; } = new([], [], []);
}
