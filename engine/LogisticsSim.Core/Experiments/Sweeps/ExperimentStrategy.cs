// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Experiments.Sweeps;

/// <summary>A strategy of an experiment.</summary>
/// <param name="Label">Its name in tables and unit ids: letters, digits, '-' and '_'.</param>
/// <param name="Use">What runs it, as the command line's <c>--strategy</c> takes it (<c>priority</c>, <c>exec:python3 policy.py</c>, a .dll path).</param>
public sealed record ExperimentStrategy(string Label, string Use);
