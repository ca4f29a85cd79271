// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Response;

/// <summary>
/// A service request during a run, with its tonnes in every state. At every instant
/// Tonnes = Unassigned + Claimed + InTransit + Delivered + Dropped.
/// </summary>
internal sealed class RequestState
{
    private OpenRequest? _view;
    private NodeId _to;

    public required string Id { get; init; }
    public string? Partner { get; init; }
    public required ItemId Item { get; init; }
    public required NodeId From { get; init; }
    /// <summary>Where the cargo goes: for a leg of a chain, where the leg ends (re-chosen while no tonne of it has left).</summary>
    public required NodeId To { get => _to; init => _to = value; }
    public required double Tonnes { get; init; }
    public required double CubicMetresPerTonne { get; init; }
    public required SimTime Ready { get; init; }
    public required SimTime Due { get; init; }
    public required int Priority { get; init; }
    public required long Sequence { get; init; }

    /// <summary>People whose needs this request covers (needs only), for deprivation.</summary>
    public double People { get; init; }

    public bool IsNeed { get; init; }

    /// <summary>For a leg of a chain: the request it carries part of; null for a request.</summary>
    public RequestState? Parent { get; init; }

    /// <summary>For a leg: its number in the chain (1 leaves from the request's origin); 0 for a request.</summary>
    public int Leg { get; init; }

    /// <summary>For a leg: the mode its route expects.</summary>
    public TransportMode? Mode { get; private set; }

    /// <summary>For a leg: whether its cargo waits at its origin apart from the node's stock (in space taken at the gate).</summary>
    public bool HeldApart { get; init; }

    /// <summary>For a leg: the vehicles that loaded it, in order.</summary>
    public List<string>? Vehicles { get; private set; }

    /// <summary>For a request carried as a chain: its legs in order of creation; null for a request carried whole.</summary>
    public List<RequestState>? Legs { get; set; }

    /// <summary>For a chain: tonnes between legs, at transfer nodes (part of <see cref="InTransit"/>).</summary>
    public double Held { get; private set; }

    /// <summary>Tonnes no vehicle has been given yet.</summary>
    public double Unassigned { get; private set; }

    /// <summary>Tonnes given to a vehicle that has not loaded them yet.</summary>
    public double Claimed { get; private set; }

    public double InTransit { get; private set; }
    public double Delivered { get; private set; }
    public double DeliveredOnTime { get; private set; }
    public double Dropped { get; private set; }
    public SimTime? Dispatched { get; private set; }
    public SimTime? LastDelivered { get; private set; }

    /// <summary>Every delivery, for deprivation: (time, tonnes).</summary>
    public List<(SimTime Time, double Tonnes)> Deliveries { get; } = [];

    public bool IsOpen => Unassigned > Tonnage.Epsilon;

    public void Open() => Change(() => Unassigned = Tonnes);

    /// <summary>Claims tonnes for a vehicle; the first leg of a chain claims them of its request too.</summary>
    public void Claim(double tonnes)
    {
        Change(() => { Unassigned -= tonnes; Claimed += tonnes; });
        if (Leg == 1) Parent!.Claim(tonnes);
    }

    /// <summary>Gives claimed tonnes back (stock ran short at loading).</summary>
    public void Unclaim(double tonnes)
    {
        Change(() => { Claimed -= tonnes; Unassigned += tonnes; });
        if (Leg == 1) Parent!.Unclaim(tonnes);
    }

    public void Load(double tonnes, SimTime now)
    {
        Claimed -= tonnes;
        InTransit += tonnes;
        Dispatched ??= now;
        if (Leg == 1) Parent!.Load(tonnes, now);
        else if (Parent is { } parent) parent.Held -= tonnes;
    }

    /// <summary>Notes a vehicle that loaded this leg.</summary>
    public void LoadedBy(string vehicle)
    {
        Vehicles ??= [];
        if (!Vehicles.Contains(vehicle, StringComparer.Ordinal)) Vehicles.Add(vehicle);
    }

    /// <summary>For a chain: tonnes unloaded at a transfer node, waiting for their next leg.</summary>
    public void Transfer(double tonnes) => Held += tonnes;

    /// <summary>For a chain: tonnes waiting at a transfer node whose leg a strategy gave up.</summary>
    public void DropHeld(double tonnes)
    {
        Held -= tonnes;
        InTransit -= tonnes;
        Dropped += tonnes;
    }

    /// <summary>For a leg no tonne of which has been claimed: sends it elsewhere (the route changed).</summary>
    public void Retarget(NodeId to, TransportMode mode) => Change(() => { _to = to; Mode = mode; });

    /// <summary>Sets the mode a leg's route expects, at its creation.</summary>
    public void Expect(TransportMode mode) => Mode = mode;

    public void Deliver(double tonnes, SimTime now)
    {
        InTransit -= tonnes;
        Delivered += tonnes;
        if (now <= Due) DeliveredOnTime += tonnes;
        LastDelivered = now;
        Deliveries.Add((now, tonnes));
    }

    public void Drop()
    {
        double dropped = Unassigned;
        Change(() => { Dropped += Unassigned; Unassigned = 0; });
        if (Leg == 1) Parent!.Drop();
        else if (Parent is { } parent) parent.DropHeld(dropped);
    }

    public bool IsFullyDelivered => Delivered >= Tonnes - Tonnage.Epsilon;

    /// <summary>The strategy's view, rebuilt only when the unassigned tonnes change.</summary>
    public OpenRequest View() =>
        _view ??= new OpenRequest(Id, Item, From, To, Unassigned, CubicMetresPerTonne, Ready, Due, Priority, Sequence)
        {
            PeoplePerTonne = IsNeed && Tonnes > 0 ? People / Tonnes : 0,
            Request = Parent?.Id,
            Leg = Leg,
            Mode = Mode,
        };

    private void Change(Action change)
    {
        change();
        _view = null;
    }
}
