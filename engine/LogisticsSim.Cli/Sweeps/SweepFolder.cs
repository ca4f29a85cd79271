// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Cli.Output;

namespace LogisticsSim.Cli.Sweeps;

/// <summary>
/// The --out folder of `sweep` and `slurm`, checked before any unit runs: writable, and not holding another
/// experiment, whose results this one would mix with (a merge would then refuse them, after all the work).
/// A folder of this same experiment, even edited (more replications, another seed), is fine: units whose key
/// changed run again, and --resume skips the rest.
/// </summary>
public static class SweepFolder
{
    /// <summary>Throws a <see cref="UserInputException"/> when <paramref name="outDir"/> cannot take <paramref name="setup"/>'s results.</summary>
    public static void Check(string outDir, SweepSetup setup, params string[] otherFiles)
    {
        var folder = OutputDirectory.Checked(outDir, "--out", [PlanFile.Name, .. SweepMerge.Outputs, .. otherFiles]);
        var units = new UnitFiles(folder.Path);
        if (File.Exists(units.Folder)) throw new UserInputException($"error: --out: found the file {units.Folder}, expected the folder of the units' results (or nothing)");
        string plan = Path.Combine(folder.Path, PlanFile.Name);
        string name = setup.Plan.Experiment.Name;
        if (File.Exists(plan))
        {
            SavedPlan saved;
            try
            {
                saved = PlanFile.Read(folder.Path);
            }
            catch (UserInputException e)
            {
                throw new UserInputException($"error: --out: {e.Message.Replace("error: ", "", StringComparison.Ordinal)}; choose another --out or remove it");
            }
            if (saved.Experiment != name)
            {
                throw new UserInputException($"error: --out: found the experiment '{saved.Experiment}' in {folder.Path} ({PlanFile.Name}), expected a new folder or one of '{name}'; choose another --out");
            }
        }
        var foreign = units.Strangers(setup.Units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal));
        if (foreign.Count > 0)
        {
            throw new UserInputException($"error: --out: found {foreign.Count} result(s) in {units.Folder} that are not units of '{name}' (first: {foreign[0]}), " +
                "expected a new folder or one of this experiment: it holds another experiment, or another version of this one with other scenarios, strategies or grid; choose another --out");
        }
    }
}
