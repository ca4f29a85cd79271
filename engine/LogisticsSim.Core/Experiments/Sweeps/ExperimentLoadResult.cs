// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Scenarios;

namespace LogisticsSim.Core.Experiments.Sweeps;

/// <summary>The outcome of reading an experiment file: the experiment, or every error found (never both).</summary>
/// <param name="Experiment">The experiment, or null when there is any error.</param>
/// <param name="Errors">Every error, located in the file, in the scenario format's words.</param>
public sealed record ExperimentLoadResult(Experiment? Experiment, IReadOnlyList<ScenarioError> Errors)
{
    /// <summary>The errors one per line.</summary>
    public string ErrorReport => string.Join("\n", Errors);
}
