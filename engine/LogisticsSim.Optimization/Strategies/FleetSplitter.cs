// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Fleet;

namespace LogisticsSim.Optimization.Strategies;

/// <summary>
/// Cuts a request's tonnes into parts that every vehicle type able to reach its destination can carry,
/// so that the solver may choose any of them, the smallest included (a boat, a helicopter), for any part.
/// A vehicle that takes a part of a request may still load more of it when it leaves (see
/// <see cref="TripLedger"/>), so small parts do not leave big vehicles half empty.
/// </summary>
internal static class FleetSplitter
{
    /// <summary>
    /// The largest part, in tonnes, that each of <paramref name="reaching"/> can carry in both mass and volume
    /// (volumes from <paramref name="cubicMetresPerTonne"/>); +inf when no type is given.
    /// </summary>
    public static double PartTonnes(IEnumerable<VehicleType> reaching, double cubicMetresPerTonne)
    {
        double part = double.PositiveInfinity;
        foreach (var type in reaching)
        {
            double byVolume = type.VolumeM3 is double m3 && cubicMetresPerTonne > 0 ? m3 / cubicMetresPerTonne : double.PositiveInfinity;
            part = Math.Min(part, Math.Min(type.PayloadTonnes, byVolume));
        }
        return part;
    }

    /// <summary>
    /// <paramref name="tonnes"/> in the fewest equal parts of at most <paramref name="partTonnes"/>; when that
    /// takes more than <paramref name="maxParts"/>, that many parts of <paramref name="partTonnes"/> each
    /// (what is left waits for a later solve). Empty when a part could carry nothing.
    /// </summary>
    public static IReadOnlyList<double> Split(double tonnes, double partTonnes, int maxParts)
    {
        if (!(tonnes > 0) || !(partTonnes > 0) || maxParts < 1) return [];
        if (double.IsPositiveInfinity(partTonnes)) return [tonnes];
        // A tolerance so that 30 t in 10 t parts gives 3 parts, not 4 from rounding noise.
        int parts = (int)Math.Max(1, Math.Ceiling(tonnes / partTonnes - 1e-9));
        if (parts <= maxParts) return Enumerable.Repeat(tonnes / parts, parts).ToArray();
        return Enumerable.Repeat(partTonnes, maxParts).ToArray();
    }
}
