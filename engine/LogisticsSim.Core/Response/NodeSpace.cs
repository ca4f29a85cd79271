// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;

namespace LogisticsSim.Core.Response;

/// <summary>
/// The space of one node whose storage is limited: what its stock, the storage requests it serves and the
/// cargo let in at its gate but not yet stored take, against its capacity in tonnes and in m3.
/// </summary>
internal sealed class NodeSpace(double? tonnes, double? cubicMetres)
{
    public double? CapacityTonnes { get; } = tonnes;
    public double? CapacityCubicMetres { get; } = cubicMetres;
    public double UsedTonnes { get; private set; }
    public double UsedCubicMetres { get; private set; }

    public double FreeTonnes => CapacityTonnes is { } t ? Math.Max(0, t - UsedTonnes) : double.PositiveInfinity;
    public double FreeCubicMetres => CapacityCubicMetres is { } v ? Math.Max(0, v - UsedCubicMetres) : double.PositiveInfinity;

    /// <summary>Whether this much more fits, up to rounding.</summary>
    public bool Fits(double tonnes, double cubicMetres) =>
        tonnes <= FreeTonnes + Tonnage.Epsilon && cubicMetres <= FreeCubicMetres + Tonnage.Epsilon;

    /// <summary>Takes space (positive amounts) or gives it back (negative ones).</summary>
    public void Change(double tonnes, double cubicMetres)
    {
        UsedTonnes = Math.Max(0, UsedTonnes + tonnes);
        UsedCubicMetres = Math.Max(0, UsedCubicMetres + cubicMetres);
    }
}
