// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Demand;

/// <summary>A kind of cargo (food, shelter, medicine...).</summary>
/// <param name="Id">Unique id, referred to by stock and demand.</param>
/// <param name="Name">Display name, or null.</param>
/// <param name="TonnesPerM3">Density: converts tonnes to m3 where a request gives no <c>m3</c>.</param>
public sealed record Item(ItemId Id, string? Name, double TonnesPerM3)
{
    /// <summary>Volume of this many tonnes of the item.</summary>
    public double CubicMetresOf(double tonnes) => tonnes / TonnesPerM3;
}
