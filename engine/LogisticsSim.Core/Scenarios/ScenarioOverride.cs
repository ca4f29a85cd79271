// SPDX-License-Identifier: Apache-2.0
using YamlDotNet.RepresentationModel;

namespace LogisticsSim.Core.Scenarios;

/// <summary>
/// A value that replaces a field of a scenario file before it is read, so that a bad value is caught by
/// the scenario's own checks; errors it causes point at the experiment file, where it was written.
/// </summary>
/// <param name="Path">The field, e.g. <c>fleet[truck10].count</c>.</param>
/// <param name="Value">The YAML value (a scalar, or a list or mapping such as a distribution).</param>
/// <param name="Text">The value as one line of text, for tables and messages.</param>
/// <param name="File">The experiment file.</param>
/// <param name="Line">1-based line of the value in it.</param>
/// <param name="Column">1-based column.</param>
public sealed record ScenarioOverride(string Path, YamlNode Value, string Text, string File, int Line, int Column)
{
    /// <summary><c>fleet[truck10].count=20</c>.</summary>
    public override string ToString() => $"{Path}={Text}";
}
