// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Benchmarks;

/// <summary>A benchmark file that does not follow its format, located as <c>file:line: problem</c>.</summary>
public sealed class BenchmarkFormatException(string file, int line, string problem)
    : FormatException($"{file}:{line}: {problem}")
{
    /// <summary>File name as given to the reader.</summary>
    public string File { get; } = file;

    /// <summary>1-based line number.</summary>
    public int Line { get; } = line;
}
