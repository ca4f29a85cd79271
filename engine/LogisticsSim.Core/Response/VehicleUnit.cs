// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Fleet;
using LogisticsSim.Kernel;
using LogisticsSim.Kernel.Random;

namespace LogisticsSim.Core.Response;

/// <summary>One vehicle during a run: where it is, what it carries, what it has been told to do.</summary>
internal sealed class VehicleUnit(string id, VehicleType type, int typeIndex, int baseNode, RandomStream travelRng)
{
    public string Id { get; } = id;

    /// <summary>Its place in the fleet (fleet order, then unit number): the order strategies see vehicles in.</summary>
    public int Position { get; init; }
    public VehicleType Type { get; } = type;
    public int TypeIndex { get; } = typeIndex;
    public int Base { get; } = baseNode;
    public RandomStream TravelRng { get; } = travelRng;

    /// <summary>The node it is at, or the node its current leg ends at.</summary>
    public int Location { get; set; } = baseNode;

    /// <summary>When the current leg ends (or now, when it is at a node).</summary>
    public SimTime LegEnd { get; set; }

    public bool OnLeg { get; set; }

    /// <summary>Stops still to visit; empty when it has no work.</summary>
    public Queue<RoutedStop> Plan { get; } = new();

    public bool HasWork => Plan.Count > 0;

    /// <summary>Tonnes on board per request.</summary>
    public Dictionary<RequestState, double> Cargo { get; } = [];

    public SimTime BrokenUntil { get; set; }

    /// <summary>Triggered to wake the vehicle when it waits at its base for work.</summary>
    public Event? Wake { get; set; }

    public Process? Process { get; set; }

    public double KmTravelled { get; set; }
    public double HoursMoving { get; set; }
}

/// <summary>A stop of a dispatched route, resolved to states.</summary>
internal sealed record RoutedStop(int Node, IReadOnlyList<(RequestState Request, double Tonnes)> Unload, IReadOnlyList<(RequestState Request, double Tonnes)> Load);
