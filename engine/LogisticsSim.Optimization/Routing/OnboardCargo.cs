// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing;

/// <summary>
/// Cargo already on a vehicle when planning starts. It becomes a delivery-only visit bound to
/// that vehicle and is never dropped: a plan that cannot deliver it has no solution.
/// </summary>
public sealed record OnboardCargo(string RequestId, int DeliveryLocation, double Tonnes, double CubicMeters);
