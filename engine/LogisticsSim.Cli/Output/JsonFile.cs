// SPDX-License-Identifier: Apache-2.0
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LogisticsSim.Core.Experiments;

namespace LogisticsSim.Cli.Output;

/// <summary>
/// The one way the command writes its JSON files, so that they are byte-identical for the same results:
/// indented, "\n" line ends, text unescaped, a final newline, and a number that is not finite written as null.
/// </summary>
public static class JsonFile
{
    public static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };

    /// <summary>Writes the document <paramref name="write"/> produces to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options)) write(json);
        writer.Write(Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
    }

    /// <summary>A number, or null when it is NaN or infinite; rounded to <paramref name="decimals"/> when given.</summary>
    public static void Value(Utf8JsonWriter json, double value, int? decimals = null)
    {
        if (!double.IsFinite(value)) json.WriteNullValue();
        else json.WriteNumberValue(decimals is { } d ? Math.Round(value, d) : value);
    }

    /// <summary>A named <see cref="Value"/>.</summary>
    public static void Number(Utf8JsonWriter json, string name, double value, int? decimals = null)
    {
        json.WritePropertyName(name);
        Value(json, value, decimals);
    }

    /// <summary>An estimate: its mean under <paramref name="meanName"/>, then <c>"ci95": [low, high]</c>.</summary>
    public static void Estimate(Utf8JsonWriter json, string meanName, Interval interval, int? decimals = null)
    {
        Number(json, meanName, interval.Mean, decimals);
        json.WriteStartArray("ci95");
        Value(json, interval.Low, decimals);
        Value(json, interval.High, decimals);
        json.WriteEndArray();
    }
}
