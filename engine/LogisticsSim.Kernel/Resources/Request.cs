// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel.Resources;

/// <summary>A claim on one unit of a <see cref="Resource"/>: processed when the unit is granted.</summary>
public sealed class Request : Event
{
    internal Request(Resource resource, int priority) : base(resource.Simulation)
    {
        Resource = resource;
        Priority = priority;
    }

    public Resource Resource { get; }

    /// <summary>Lower is served first; equal priorities are served first come, first served.</summary>
    public int Priority { get; }

    /// <summary>When the request was made (for waiting times).</summary>
    public SimTime RequestedAt { get; internal init; }

    public bool IsGranted => IsTriggered;

    public override string ToString() => $"Request({Resource.Name}, priority {Priority})";
}
