// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Benchmarks;

/// <summary>
/// Reads a Solomon VRPTW file: the instance name, a <c>VEHICLE</c> section whose <c>NUMBER CAPACITY</c> header is
/// followed by the two numbers, then a <c>CUSTOMER</c> section whose <c>CUST NO.</c> header is followed by rows
/// <c>id x y demand ready due service</c>; customer 0 is the depot.
/// </summary>
public static class SolomonReader
{
    private static readonly string[] FleetColumns = ["number", "capacity"];
    private static readonly string[] CustomerColumns = ["id", "x", "y", "demand", "ready", "due", "service"];

    /// <summary>Reads the instance at <paramref name="path"/>; throws <see cref="BenchmarkFormatException"/> if malformed.</summary>
    public static BenchmarkInstance Read(string path) => Parse(InstanceLines.Read(path), Path.GetFileNameWithoutExtension(path));

    /// <summary>Parses instance text; <paramref name="fileName"/> is only used in error messages.</summary>
    public static BenchmarkInstance Parse(string text, string fileName)
        => Parse(new InstanceLines(fileName, text.Split('\n')), Path.GetFileNameWithoutExtension(fileName));

    private static BenchmarkInstance Parse(InstanceLines lines, string name)
    {
        int fleetHeader = Find(lines, 0, "NUMBER", "the fleet header 'NUMBER CAPACITY'");
        int fleetLine = lines.NextNonEmpty(fleetHeader + 1);
        if (fleetLine < 0) throw lines.Error(fleetHeader, "expected the fleet line 'number capacity' after this header, found the end of the file");
        var fleet = lines.Numbers(fleetLine, FleetColumns);
        int customerHeader = Find(lines, fleetLine + 1, "CUST NO", "the customer header 'CUST NO. XCOORD. ...'");
        var sites = new List<BenchmarkSite>();
        for (int i = lines.NextNonEmpty(customerHeader + 1); i >= 0; i = lines.NextNonEmpty(i + 1))
        {
            var v = lines.Numbers(i, CustomerColumns);
            int id = InstanceLines.Integer(v[0]);
            if (id != sites.Count) throw lines.Error(i, $"column 'id': expected {sites.Count} (ids in order), found {v[0]}");
            if (id > 0 && v[3] < 0) throw lines.Error(i, $"column 'demand': expected a demand >= 0, found {v[3]}");
            sites.Add(new BenchmarkSite(id, v[1], v[2], v[3], v[4], v[5], v[6]));
        }
        if (sites.Count < 1) throw lines.Error(customerHeader, "expected the depot row (customer 0) after this header, found nothing");
        return new BenchmarkInstance(name, BenchmarkFamily.Solomon, InstanceLines.Integer(fleet[0]), fleet[1], sites, []);
    }

    private static int Find(InstanceLines lines, int from, string prefix, string what)
    {
        for (int i = from; i < lines.Lines.Count; i++)
        {
            if (lines.Lines[i].TrimStart().StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return i;
        }
        throw lines.Error(Math.Max(0, lines.Lines.Count - 1), $"expected {what}, found the end of the file");
    }
}
