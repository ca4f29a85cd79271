// SPDX-License-Identifier: Apache-2.0
using System.Diagnostics;
using LogisticsSim.Kernel;

namespace LogisticsSim.Optimization.Strategies;

/// <summary>
/// Wall-clock time of each solve of an <see cref="OrToolsStrategy"/>, by phase, for benchmarks. The strategy never
/// reads it, so a run's results do not depend on it, and nothing of it goes into a run's outputs.
/// </summary>
public sealed class SolveClock
{
    private readonly List<SolveTime> _solves = [];
    private long _began, _lap;
    private double _build, _start, _solve;

    /// <summary>Every solve so far, in the order they ran.</summary>
    public IReadOnlyList<SolveTime> Solves => _solves;

    internal void Begin()
    {
        _began = _lap = Stopwatch.GetTimestamp();
        _build = _start = _solve = 0;
    }

    /// <summary>The time since the last lap, added to <paramref name="phase"/>.</summary>
    internal void Lap(SolvePhase phase)
    {
        long now = Stopwatch.GetTimestamp();
        double seconds = Stopwatch.GetElapsedTime(_lap, now).TotalSeconds;
        _lap = now;
        switch (phase)
        {
            case SolvePhase.Build: _build += seconds; break;
            case SolvePhase.Start: _start += seconds; break;
            default: _solve += seconds; break;
        }
    }

    internal void End(SimTime at, int problems, int parts, int vehicles) =>
        _solves.Add(new SolveTime(at, Stopwatch.GetElapsedTime(_began).TotalSeconds, _build, _start, _solve, problems, parts, vehicles));
}

/// <summary>The phases of a solve <see cref="SolveClock"/> tells apart.</summary>
internal enum SolvePhase
{
    /// <summary>Building the routing problems (<see cref="EpochProblem.Build"/>, decomposition included).</summary>
    Build,

    /// <summary>The priced first plan (<see cref="GreedyStart"/>).</summary>
    Start,

    /// <summary>The route planner's search.</summary>
    Solve,
}

/// <summary>One solve's wall-clock seconds and size.</summary>
/// <param name="At">The epoch's simulated time.</param>
/// <param name="TotalSeconds">The whole of <c>Plan</c>: the phases and the rest (reading plans back into trips).</param>
/// <param name="BuildSeconds">Building the routing problems.</param>
/// <param name="StartSeconds">The priced first plans.</param>
/// <param name="SolveSeconds">The route planner's searches.</param>
/// <param name="Problems">Routing problems solved (more than one when the epoch was decomposed).</param>
/// <param name="Parts">Request parts in them.</param>
/// <param name="Vehicles">Vehicles in them.</param>
public sealed record SolveTime(SimTime At, double TotalSeconds, double BuildSeconds, double StartSeconds, double SolveSeconds, int Problems, int Parts,
    int Vehicles);
