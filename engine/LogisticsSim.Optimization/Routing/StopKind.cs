// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing;

/// <summary>What a vehicle does at a stop.</summary>
public enum StopKind
{
    /// <summary>Loads a request's cargo.</summary>
    Pickup,

    /// <summary>Unloads a request's (or onboard) cargo.</summary>
    Delivery,
}
