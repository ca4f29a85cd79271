// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Core.Hazards;

namespace LogisticsSim.Core.Experiments.Criticality;

/// <summary>
/// What a criticality study does to each link or node it knocks out: <c>closed</c>, <c>slowed=F</c> (travel
/// takes F times as long) or <c>capacity=F</c> (a node handles F times its tonnes per hour; links have no
/// handling, so this one acts on nodes only).
/// </summary>
/// <param name="Effect">The hazard effect the disruption applies.</param>
/// <param name="Text">How it was written, for labels and keys.</param>
public sealed record Disruption(HazardEffect Effect, string Text)
{
    /// <summary>The default: the link or node is closed.</summary>
    public static Disruption Closed { get; } = new(new HazardEffect.Closed(), "closed");

    /// <summary>Whether it can act on a link (a capacity cut acts on a node's handling only).</summary>
    public bool ActsOnLinks => Effect is not HazardEffect.Capacity;

    /// <summary>Reads <c>closed</c>, <c>slowed=F</c> (F &gt; 1) or <c>capacity=F</c> (0 &lt; F &lt; 1); null with the reason otherwise.</summary>
    public static Disruption? TryParse(string text, out string? problem)
    {
        problem = null;
        string t = text.Trim();
        if (t == "closed") return Closed;
        int eq = t.IndexOf('=', StringComparison.Ordinal);
        string name = eq < 0 ? t : t[..eq].Trim();
        double factor = double.NaN;
        bool number = eq >= 0 && double.TryParse(t[(eq + 1)..].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out factor) && double.IsFinite(factor);
        switch (name)
        {
            case "slowed" when number && factor > 1:
                return new Disruption(new HazardEffect.Slowed(factor), string.Create(CultureInfo.InvariantCulture, $"slowed={factor}"));
            case "slowed":
                problem = $"found '{text}', expected slowed=F with a factor F > 1 (travel takes F times as long), e.g. slowed=2";
                return null;
            case "capacity" when number && factor is > 0 and < 1:
                return new Disruption(new HazardEffect.Capacity(factor), string.Create(CultureInfo.InvariantCulture, $"capacity={factor}"));
            case "capacity":
                problem = $"found '{text}', expected capacity=F with a share 0 < F < 1 of a node's handling, e.g. capacity=0.5";
                return null;
            default:
                problem = $"found '{text}', expected closed, slowed=F (e.g. slowed=2) or capacity=F (e.g. capacity=0.5)";
                return null;
        }
    }
}
