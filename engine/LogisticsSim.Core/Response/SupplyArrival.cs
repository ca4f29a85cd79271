// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Response;

/// <summary>One shipment of a supply during a run: when it arrived and how much of it is stored so far.</summary>
internal sealed class SupplyArrival(SupplySpec supply, int number, SimTime arrives)
{
    public SupplySpec Supply { get; } = supply;

    /// <summary>Its number within the supply, from 1.</summary>
    public int Number { get; } = number;

    public NodeId At => Supply.At;
    public ItemId Item => Supply.Item;
    public double Tonnes => Supply.Tonnes;

    /// <summary>When it arrives: its slot plus the arrival time drawn for it.</summary>
    public SimTime Arrives { get; } = arrives;

    public bool Arrived { get; set; }

    /// <summary>Tonnes unloaded into stock so far.</summary>
    public double Stored { get; set; }

    /// <summary>When its last tonne was stored, or null.</summary>
    public SimTime? StoredAt { get; set; }
}
