// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using ScottPlot;

namespace LogisticsSim.Reporting.Maps;

/// <summary>Equirectangular projection about the nodes' mean latitude: x = longitude x cos(latitude), y = latitude.</summary>
internal sealed class Projection(IReadOnlyList<MapNode> nodes)
{
    /// <summary>Km per degree of latitude (mean Earth radius).</summary>
    public const double KmPerDegree = 6371.0088 * Math.PI / 180;

    private readonly double _cos = Math.Cos((nodes.Count == 0 ? 0 : nodes.Average(n => n.Latitude)) * Math.PI / 180);

    public Coordinates Of(MapNode node) => new(node.Longitude * _cos, node.Latitude);

    /// <summary>The nodes' box with a margin for labels, the scale bar and the arrow; at least about 10 km across.</summary>
    public CoordinateRect Box(IEnumerable<Coordinates> points)
    {
        var p = points.DefaultIfEmpty(new Coordinates(0, 0)).ToArray();
        double left = p.Min(c => c.X), right = p.Max(c => c.X), bottom = p.Min(c => c.Y), top = p.Max(c => c.Y);
        double span = Math.Max(Math.Max(right - left, top - bottom), 0.1);
        double margin = span * 0.18;
        return new CoordinateRect(left - margin, right + margin, bottom - margin, top + margin);
    }

    /// <summary>Bottom ticks at round longitudes, labelled in degrees rather than projected units.</summary>
    public void Ticks(Plot plot, CoordinateRect box)
    {
        double lonLeft = box.Left / _cos, lonRight = box.Right / _cos;
        double step = ScaleBar.RoundKm((lonRight - lonLeft) / 5);
        var lons = new List<double>();
        for (double lon = Math.Ceiling(lonLeft / step) * step; lon <= lonRight; lon += step) lons.Add(Math.Round(lon, 6));
        plot.Axes.Bottom.SetTicks(lons.Select(l => l * _cos).ToArray(), lons.Select(l => l.ToString("0.###", CultureInfo.InvariantCulture)).ToArray());
    }
}
