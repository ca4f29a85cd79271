using System.Text.Json;
using Xunit;

namespace LogisticsSim.Core.Tests.Scenarios;

/// <summary>
/// The schema's "required" lists say what the loader requires: removing a key that the schema requires from a
/// valid entry gives "found nothing" at that key, and removing any other key gives no such error.
/// </summary>
public class RequiredKeyTests
{
    public static TheoryData<string, string, string> Entries() => new()
    {
        { "node", "network.nodes[0]", "    - {id: PORT, kind: port, lat: -19.83, lon: 34.84, storage_t: 500}" },
        { "node", "network.nodes[1]", "    - {id: BUZI, kind: district, lat: -19.87, lon: 34.60, population: 1000}" },
        { "link", "network.links[0]", "    - {from: PORT, to: BUZI, mode: road, km: 60}" },
        { "vehicle", "fleet[0]", "  - {id: truck, mode: road, count: 2, base: PORT, payload_t: 10, kmh: 45}" },
        { "item", "items[0]", "  - {id: food, t_per_m3: 0.6}" },
        { "stock", "stock[0]", "  - {at: PORT, item: food, t: 300}" },
        { "request", "demand.requests[0]", "    - {id: R1, item: food, t: 5, from: PORT, to: BUZI, ready: 12h, due: 72h, priority: 1}" },
    };

    [Theory]
    [MemberData(nameof(Entries))]
    public void RemovingAKey_IsAnErrorExactlyWhenTheSchemaRequiresIt(string definition, string path, string line)
    {
        var schema = JsonDocument.Parse(File.ReadAllText(RepoFiles.Scenario("scenario.schema.json"))).RootElement;
        var required = schema.GetProperty("$defs").GetProperty(definition).GetProperty("required")
            .EnumerateArray().Select(e => e.GetString()!).ToHashSet();
        string indent = line[..line.IndexOf('{')];
        string[] pairs = line[(line.IndexOf('{') + 1)..line.LastIndexOf('}')].Split(", ");
        foreach (string pair in pairs)
        {
            string key = pair[..pair.IndexOf(':')];
            string without = indent + "{" + string.Join(", ", pairs.Where(p => p != pair)) + "}";
            bool missing = Mini.Errors(Mini.With(line, without)).Any(e => e.Contains($": {path}.{key}: found nothing,"));
            Assert.True(missing == required.Contains(key), $"{definition}.{key}: schema required={required.Contains(key)}, loader required={missing}");
        }
    }
}
