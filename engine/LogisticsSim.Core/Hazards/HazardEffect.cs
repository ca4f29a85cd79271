// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Hazards;

/// <summary>
/// What a <see cref="Hazard"/> does while it lasts. A closed set of cases, nested here so that
/// a switch over them reads as one union (<c>case HazardEffect.Slowed s:</c>).
/// </summary>
public abstract record HazardEffect
{
    private HazardEffect()
    {
    }

    /// <summary>The scenario-file spelling of the effect: closed, slowed, capacity, stock_loss, demand_surge.</summary>
    public abstract string Name { get; }

    /// <summary>Nothing passes: a closed link cannot be travelled; a closed node neither sends, receives nor is crossed.</summary>
    public sealed record Closed : HazardEffect
    {
        /// <inheritdoc />
        public override string Name => "closed";
    }

    /// <summary>Travel (a link) or handling (a node) takes <paramref name="Factor"/> times as long (&gt;= 1).</summary>
    public sealed record Slowed(double Factor) : HazardEffect
    {
        /// <inheritdoc />
        public override string Name => "slowed";
    }

    /// <summary>A node keeps <paramref name="Factor"/> (0 to 1) of its storage and handling capacity.</summary>
    public sealed record Capacity(double Factor) : HazardEffect
    {
        /// <inheritdoc />
        public override string Name => "capacity";
    }

    /// <summary>When the hazard starts, <paramref name="Share"/> (0 to 1) of every item's stock at the node is lost.</summary>
    public sealed record StockLoss(double Share) : HazardEffect
    {
        /// <inheritdoc />
        public override string Name => "stock_loss";
    }

    /// <summary>Needs and arrivals bound for the node are multiplied by <paramref name="Factor"/> (&gt; 0) while it lasts.</summary>
    public sealed record DemandSurge(double Factor) : HazardEffect
    {
        /// <inheritdoc />
        public override string Name => "demand_surge";
    }
}
