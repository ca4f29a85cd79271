using LogisticsSim.Core.Scenarios;
using Xunit;

namespace LogisticsSim.Core.Tests.Scenarios;

/// <summary>
/// A minimal valid scenario, and helpers to break it one edit at a time. Line numbers in the tests'
/// expected messages refer to this text (line 1 is "scenario: ...").
/// </summary>
internal static class Mini
{
    public const string File = "mini.yaml";

    public const string Text =
        """
        scenario: {name: Mini}
        horizon: 10d
        seed: 1
        network:
          nodes:
            - {id: PORT, kind: port, lat: -19.83, lon: 34.84, storage_t: 500}
            - {id: BUZI, kind: district, lat: -19.87, lon: 34.60, population: 1000}
          links:
            - {from: PORT, to: BUZI, mode: road, km: 60}
        fleet:
          - {id: truck, mode: road, count: 2, base: PORT, payload_t: 10, kmh: 45}
        items:
          - {id: food, t_per_m3: 0.6}
        stock:
          - {at: PORT, item: food, t: 300}
        demand:
          requests:
            - {id: R1, item: food, t: 5, from: PORT, to: BUZI, ready: 12h, due: 72h, priority: 1}

        """;

    /// <summary>The text with one exact, unique fragment replaced (fails the test if the fragment is not there once).</summary>
    public static string With(string fragment, string replacement)
    {
        int at = Text.IndexOf(fragment, StringComparison.Ordinal);
        Assert.True(at >= 0 && Text.IndexOf(fragment, at + 1, StringComparison.Ordinal) < 0, $"'{fragment}' must occur once in Mini.Text");
        return Text[..at] + replacement + Text[(at + fragment.Length)..];
    }

    /// <summary>The text with lines appended at the end.</summary>
    public static string Plus(string lines) => Text + lines.Replace("\r\n", "\n") + "\n";

    /// <summary>Every error of loading <paramref name="text"/>, rendered.</summary>
    public static string[] Errors(string text) =>
        ScenarioLoader.LoadFromText(text, File).Errors.Select(e => e.ToString()).ToArray();

    /// <summary>Loads text that must be valid.</summary>
    public static Scenario Load(string text)
    {
        var result = ScenarioLoader.LoadFromText(text, File);
        Assert.True(result.Succeeded, result.ErrorReport);
        return result.Scenario;
    }
}
