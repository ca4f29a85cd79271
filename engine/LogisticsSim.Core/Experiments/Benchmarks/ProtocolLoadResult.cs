// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Scenarios;

namespace LogisticsSim.Core.Experiments.Benchmarks;

/// <summary>The outcome of reading a protocol: the protocol, or every error found (never both).</summary>
/// <param name="Protocol">The protocol, or null when there is any error.</param>
/// <param name="Errors">Every error, located in the file.</param>
public sealed record ProtocolLoadResult(BenchmarkProtocol? Protocol, IReadOnlyList<ScenarioError> Errors)
{
    /// <summary>The errors one per line.</summary>
    public string ErrorReport => string.Join("\n", Errors);
}
