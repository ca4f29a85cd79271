// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Scenarios;

/// <summary>
/// One problem in a scenario file, located at the text that caused it, always worded
/// "found X, expected Y". Renders as <c>file:line:col: path: found X, expected Y</c>, for example
/// <c>idai.yaml:41:15: fleet[3].payload_t: found -5, expected a number &gt; 0</c>.
/// </summary>
/// <param name="File">The file name as given to the loader.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Path">
/// Where in the scenario: keys joined by dots, list entries by 0-based index in brackets
/// (<c>network.nodes[2].id</c>, <c>hazards[0].duration.uniform[1]</c>); <c>(file)</c> for the file as a whole.
/// </param>
/// <param name="Found">What the file holds there, as written (strings in single quotes).</param>
/// <param name="Expected">What would be valid, with a did-you-mean hint where one is close.</param>
public sealed record ScenarioError(string File, int Line, int Column, string Path, string Found, string Expected)
{
    /// <summary>The path used for problems with the file as a whole (size, empty, YAML syntax).</summary>
    public const string FilePath = "(file)";

    /// <summary><c>found X, expected Y</c>.</summary>
    public string Message => $"found {Found}, expected {Expected}";

    /// <summary><c>file:line:col: path: found X, expected Y</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Path}: {Message}";
}
