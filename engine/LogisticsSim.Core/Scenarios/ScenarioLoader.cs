// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using System.Text;
using LogisticsSim.Core.Scenarios.Reading;
using LogisticsSim.Core.Scenarios.Validation;
using LogisticsSim.Core.Strategies;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LogisticsSim.Core.Scenarios;

/// <summary>
/// Loads a scenario file and reports every problem in it at once. Bad input never throws: it comes
/// back as <see cref="ScenarioError"/>s, each located at the text that caused it. Stages: size limit,
/// a safety pass over the YAML events (<c>YamlPreflight</c>: alias bombs, depth, syntax, duplicate keys),
/// the YAML tree, a hand-written walk into records with local checks, then cross-entry validators.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Files larger than this (16 MiB) are refused unread: real scenarios are a few hundred KiB at most.</summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;

    /// <summary>Checks that hold on any parsed draft; they skip values that already failed.</summary>
    private static readonly IScenarioValidator[] Structural =
        [new UniqueIdValidator(), new ReferenceValidator(), new TimeWindowValidator(), new StorageValidator(), new PlanningValidator()];

    /// <summary>Checks that need a coherent scenario (resolved references), run only when nothing else failed.</summary>
    private static readonly IScenarioValidator[] Semantic = [new ReachabilityValidator()];

    /// <summary>Reads and loads the file at <paramref name="path"/>; errors name the file as <paramref name="path"/> is written.</summary>
    /// <param name="path">The scenario file.</param>
    /// <param name="strategies">
    /// The strategies the caller can run: the <c>strategy</c> section must name one of them and give only
    /// options it takes. Null leaves the section unchecked (Core alone does not know every strategy).
    /// </param>
    public static ScenarioLoadResult Load(string path, StrategyDescriptors? strategies = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxFileBytes) return Fail(path, TooLarge(info.Length));
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Fail(path, ($"no readable file ({e.Message.TrimEnd('.')})", "a scenario file that exists and can be read"));
        }
        return LoadFromText(text, path, [], strategies);
    }

    /// <summary>Loads scenario text; <paramref name="fileName"/> is only used to name the file in errors.</summary>
    /// <param name="text">The scenario.</param>
    /// <param name="fileName">The file name errors give.</param>
    /// <param name="strategies">The strategies to check the <c>strategy</c> section against; null for no check.</param>
    public static ScenarioLoadResult LoadFromText(string text, string fileName, StrategyDescriptors? strategies = null) =>
        LoadFromText(text, fileName, [], strategies);

    /// <summary>
    /// Reads and loads the file at <paramref name="path"/> with some of its fields replaced first (an
    /// experiment's grid point), so that every check applies to the replaced values; an error at a
    /// replaced field points at the override, in the experiment file.
    /// </summary>
    /// <param name="path">The scenario file.</param>
    /// <param name="overrides">The grid point's replacements.</param>
    /// <param name="strategies">The strategies to check the <c>strategy</c> section against; null for no check.</param>
    public static ScenarioLoadResult Load(string path, IReadOnlyList<ScenarioOverride> overrides, StrategyDescriptors? strategies = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Fail(path, ($"no readable file ({e.Message.TrimEnd('.')})", "a scenario file that exists and can be read"));
        }
        return LoadFromText(text, path, overrides, strategies);
    }

    private static ScenarioLoadResult LoadFromText(string text, string fileName, IReadOnlyList<ScenarioOverride> overrides,
        StrategyDescriptors? strategies)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        long bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes > MaxFileBytes) return Fail(fileName, TooLarge(bytes));

        var preflight = YamlPreflight.Check(text, fileName);
        if (preflight.Count > 0) return new ScenarioLoadResult(null, Sorted(preflight));

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            // The safety pass catches what it can; anything else the tree builder refuses lands here, still located.
            var error = new ScenarioError(fileName, (int)Math.Max(1, e.Start.Line), (int)Math.Max(1, e.Start.Column),
                ScenarioError.FilePath, $"malformed YAML ({e.Message.TrimEnd('.')})", "well-formed YAML");
            return new ScenarioLoadResult(null, [error]);
        }
        if (stream.Documents.Count == 0)
        {
            return Fail(fileName, ("an empty file", "a scenario: a mapping with the keys " + string.Join(", ", ScenarioKeys.Root)));
        }

        var applied = new List<(string Path, ScenarioOverride Override)>();
        foreach (var o in overrides)
        {
            var (resolved, problem) = ScenarioOverrides.Apply(stream.Documents[0].RootNode, o);
            if (problem is not null) return new ScenarioLoadResult(null, [problem]);
            applied.Add((resolved!, o));
        }
        var ctx = new ReadContext(fileName);
        var draft = ScenarioReader.Read(ctx, stream.Documents[0].RootNode);
        var errors = ctx.Errors;
        if (draft is not null)
        {
            foreach (var validator in Structural) errors.AddRange(validator.Validate(draft, ctx.Source));
            if (strategies is not null) errors.AddRange(new StrategyValidator(strategies).Validate(draft, ctx.Source));
            if (errors.Count == 0)
            {
                foreach (var validator in Semantic) errors.AddRange(validator.Validate(draft, ctx.Source));
            }
        }
        if (errors.Count == 0) return new ScenarioLoadResult(draft, []);
        return new ScenarioLoadResult(null, Sorted(errors).Select(e => AtOverride(e, applied)).ToArray());
    }

    /// <summary>An error at a replaced field, or inside it, is located where the replacement was written.</summary>
    private static ScenarioError AtOverride(ScenarioError e, List<(string Path, ScenarioOverride Override)> applied)
    {
        foreach (var (path, o) in applied)
        {
            if (e.Path == path || e.Path.StartsWith(path + ".", StringComparison.Ordinal) || e.Path.StartsWith(path + "[", StringComparison.Ordinal))
            {
                return e with { File = o.File, Line = o.Line, Column = o.Column, Expected = $"{e.Expected} (in {fileNameOf(e)} with {o})" };
            }
        }
        return e;

        static string fileNameOf(ScenarioError e) => Path.GetFileName(e.File);
    }

    /// <summary>By position, then in the order found (a stable sort), without repeats.</summary>
    private static ScenarioError[] Sorted(IEnumerable<ScenarioError> errors) =>
        errors.Distinct().OrderBy(e => e.Line).ThenBy(e => e.Column).ToArray();

    private static (string Found, string Expected) TooLarge(long bytes) =>
        ($"a file of {bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes",
         $"a scenario file of at most {MaxFileBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes (16 MiB)");

    private static ScenarioLoadResult Fail(string file, (string Found, string Expected) problem) =>
        new(null, [new ScenarioError(file, 1, 1, ScenarioError.FilePath, problem.Found, problem.Expected)]);
}
