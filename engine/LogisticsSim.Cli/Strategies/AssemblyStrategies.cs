// SPDX-License-Identifier: Apache-2.0
using System.Reflection;
using System.Runtime.Loader;
using LogisticsSim.Core.Strategies;

namespace LogisticsSim.Cli.Strategies;

/// <summary>
/// Strategies written in C# (or any .NET language) outside this repository: <c>path/to/Policy.dll</c> or
/// <c>assembly:path/to/Policy.dll[:Namespace.TypeName]</c>. The assembly loads into its own context, so its
/// own dependencies resolve beside it, while LogisticsSim's assemblies are shared, so that its type
/// implements the very <see cref="IStrategy"/> the model calls. The type needs a public constructor
/// taking a <see cref="StrategySpec"/> (the scenario's strategy section) or none.
/// </summary>
public static class AssemblyStrategies
{
    private static readonly Dictionary<string, Assembly> Loaded = new(StringComparer.Ordinal);

    /// <summary>
    /// The name (a bare <c>PATH.dll</c> is short for it): options are the assembly's own, which this program
    /// cannot know, so they are passed on as text in the <see cref="StrategySpec"/>.
    /// </summary>
    public static StrategyDescriptor Descriptor { get; } = new(StrategyReference.AssemblyName,
        "A .NET class implementing IStrategy, loaded by path (PATH.dll, or assembly:PATH.dll:TypeName when it holds several).", [])
    {
        Argument = "PATH.dll",
        OpenOptions = true,
    };

    /// <summary>A factory of fresh instances, or a <see cref="UserInputException"/> saying what is wrong.</summary>
    /// <param name="rest">The assembly's path, then optionally <c>:TypeName</c>.</param>
    public static Func<StrategySpec, IStrategy> For(string rest)
    {
        string spec = rest;
        int dll = rest.LastIndexOf(".dll", StringComparison.OrdinalIgnoreCase);
        if (dll < 0) throw Bad(spec, "assembly:PATH.dll or assembly:PATH.dll:TypeName");
        string path = Path.GetFullPath(rest[..(dll + 4)]);
        string? typeName = rest.Length > dll + 4 && rest[dll + 4] == ':' ? rest[(dll + 5)..] : null;
        if (!File.Exists(path)) throw new UserInputException($"error: --strategy: {path}: no such file");
        var assembly = Load(path, spec);
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception e) when (e is ReflectionTypeLoadException or FileNotFoundException or TypeLoadException)
        {
            throw new UserInputException($"error: --strategy: {path}: its types could not be loaded ({e.Message})");
        }
        var candidates = types.Where(t => typeof(IStrategy).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Where(t => typeName is null || t.FullName == typeName || t.Name == typeName).OrderBy(t => t.FullName, StringComparer.Ordinal).ToArray();
        if (candidates.Length != 1)
        {
            string all = string.Join(", ", types.Where(t => typeof(IStrategy).IsAssignableFrom(t) && !t.IsAbstract).Select(t => t.FullName));
            throw new UserInputException(candidates.Length == 0
                ? $"error: --strategy: {path}: found no public type implementing IStrategy{(typeName is null ? "" : $" named '{typeName}'")}, expected one{(all.Length > 0 ? $" of {all}" : "")}"
                : $"error: --strategy: {path}: found several strategies ({all}), expected one: name it, assembly:{path}:TypeName");
        }
        var type = candidates[0];
        if (type.GetConstructor([typeof(StrategySpec)]) is { } withSpec) return s => (IStrategy)withSpec.Invoke([s]);
        if (type.GetConstructor(Type.EmptyTypes) is { } plain) return _ => (IStrategy)plain.Invoke([]);
        throw new UserInputException($"error: --strategy: {type.FullName}: found no public constructor taking a StrategySpec or nothing, expected one");
    }

    private static Assembly Load(string path, string spec)
    {
        lock (Loaded)
        {
            if (Loaded.TryGetValue(path, out var known)) return known;
            try
            {
                var assembly = new StrategyLoadContext(path).LoadFromAssemblyPath(path);
                Loaded[path] = assembly;
                return assembly;
            }
            catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException)
            {
                throw new UserInputException($"error: --strategy: found '{spec}', which is not a loadable .NET assembly ({e.Message}), expected a strategy assembly");
            }
        }
    }

    private static UserInputException Bad(string spec, string expected) => new($"error: --strategy: found '{spec}', expected {expected}");

    /// <summary>Resolves the strategy's own dependencies beside it; everything LogisticsSim itself has comes from the default context.</summary>
    private sealed class StrategyLoadContext(string path) : AssemblyLoadContext($"strategy:{Path.GetFileName(path)}")
    {
        private readonly AssemblyDependencyResolver _resolver = new(path);

        protected override Assembly? Load(AssemblyName name)
        {
            if (Default.Assemblies.Any(a => AssemblyName.ReferenceMatchesDefinition(a.GetName(), name))) return null;
            if (name.Name is { } n && n.StartsWith("LogisticsSim.", StringComparison.Ordinal)) return null;
            return _resolver.ResolveAssemblyToPath(name) is { } p ? LoadFromAssemblyPath(p) : null;
        }
    }
}
