// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Kpis;

/// <summary>
/// Where every tonne of tracked stock came from and went, at one instant:
/// initial + received + supplied = taken + lost + held.
/// </summary>
/// <param name="Initial">Stock at time zero.</param>
/// <param name="Received">Cargo unloaded into stock by vehicles (hubs being filled).</param>
/// <param name="Supplied">Supply unloaded into stock.</param>
/// <param name="Taken">Stock loaded onto vehicles.</param>
/// <param name="Lost">Stock destroyed by hazards.</param>
/// <param name="Held">Stock held now.</param>
public sealed record StockBalance(double Initial, double Received, double Supplied, double Taken, double Lost, double Held)
{
    /// <summary>What came in minus what went out and what is held: zero up to rounding.</summary>
    public double Residual => Initial + Received + Supplied - (Taken + Lost + Held);
}
