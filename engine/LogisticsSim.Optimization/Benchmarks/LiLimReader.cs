// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Benchmarks;

/// <summary>
/// Reads a Li and Lim PDPTW file: a first line <c>vehicles capacity speed</c>, then one line per task
/// <c>id x y demand ready due service pickup_sibling delivery_sibling</c>; task 0 is the depot, a pickup has
/// demand &gt; 0 and names its delivery last, a delivery has demand &lt; 0 and names its pickup second-to-last.
/// </summary>
public static class LiLimReader
{
    private static readonly string[] HeaderColumns = ["vehicles", "capacity", "speed"];
    private static readonly string[] TaskColumns = ["id", "x", "y", "demand", "ready", "due", "service", "pickup", "delivery"];

    /// <summary>Reads the instance at <paramref name="path"/>; throws <see cref="BenchmarkFormatException"/> if malformed.</summary>
    public static BenchmarkInstance Read(string path) => Parse(InstanceLines.Read(path), Path.GetFileNameWithoutExtension(path));

    /// <summary>Parses instance text; <paramref name="fileName"/> is only used in error messages.</summary>
    public static BenchmarkInstance Parse(string text, string fileName)
        => Parse(new InstanceLines(fileName, text.Split('\n')), Path.GetFileNameWithoutExtension(fileName));

    private static BenchmarkInstance Parse(InstanceLines lines, string name)
    {
        int first = lines.NextNonEmpty(0);
        if (first < 0) throw lines.Error(0, "expected a header line 'vehicles capacity speed', found an empty file");
        var header = lines.Numbers(first, HeaderColumns);
        var sites = new List<BenchmarkSite>();
        var siblings = new List<(int Pickup, int Delivery, int Line)>();
        for (int i = lines.NextNonEmpty(first + 1); i >= 0; i = lines.NextNonEmpty(i + 1))
        {
            var v = lines.Numbers(i, TaskColumns);
            int id = InstanceLines.Integer(v[0]);
            if (id != sites.Count) throw lines.Error(i, $"column 'id': expected {sites.Count} (ids in order), found {v[0]}");
            sites.Add(new BenchmarkSite(id, v[1], v[2], v[3], v[4], v[5], v[6]));
            siblings.Add((InstanceLines.Integer(v[7]), InstanceLines.Integer(v[8]), i));
        }
        if (sites.Count < 1) throw lines.Error(first, "expected the depot (task 0) after the header, found nothing");
        return new BenchmarkInstance(name, BenchmarkFamily.LiLim, InstanceLines.Integer(header[0]), header[1],
            sites, Pairs(lines, sites, siblings));
    }

    private static List<(int, int)> Pairs(InstanceLines lines, List<BenchmarkSite> sites, List<(int Pickup, int Delivery, int Line)> siblings)
    {
        var pairs = new List<(int, int)>();
        for (int id = 1; id < sites.Count; id++)
        {
            var (pickupOf, deliveryOf, line) = siblings[id];
            if (sites[id].Demand > 0)
            {
                if (deliveryOf <= 0 || deliveryOf >= sites.Count || siblings[deliveryOf].Pickup != id || sites[deliveryOf].Demand != -sites[id].Demand)
                {
                    throw lines.Error(line, $"column 'delivery': expected the id of a delivery of {-sites[id].Demand} "
                        + $"naming task {id} as its pickup, found {deliveryOf}");
                }
                pairs.Add((id, deliveryOf));
            }
            else if (sites[id].Demand < 0)
            {
                if (pickupOf <= 0 || pickupOf >= sites.Count || siblings[pickupOf].Delivery != id)
                {
                    throw lines.Error(line, $"column 'pickup': expected the id of a pickup naming task {id} as its delivery, found {pickupOf}");
                }
            }
            else
            {
                throw lines.Error(line, "column 'demand': expected a non-zero demand for a task, found 0");
            }
        }
        return pairs;
    }
}
