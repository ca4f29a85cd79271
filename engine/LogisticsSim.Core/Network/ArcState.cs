// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Network;

/// <summary>One direction of a link, with what hazards have done to it.</summary>
internal sealed class ArcState(Arc arc, int from, int to)
{
    public Arc Arc { get; } = arc;
    public int From { get; } = from;
    public int To { get; } = to;
    public int Closures { get; set; }
    public double Slowdown { get; set; } = 1.0;
    public List<double> Factors { get; } = [];
}
