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

    public required string Id { get; init; }
    public string? Partner { get; init; }
    public required ItemId Item { get; init; }
    public required NodeId From { get; init; }
    public required NodeId To { get; init; }
    public required double Tonnes { get; init; }
    public required double CubicMetresPerTonne { get; init; }
    public required SimTime Ready { get; init; }
    public required SimTime Due { get; init; }
    public required int Priority { get; init; }
    public required long Sequence { get; init; }

    /// <summary>People whose needs this request covers (needs only), for deprivation.</summary>
    public double People { get; init; }

    public bool IsNeed { get; init; }

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

    public void Claim(double tonnes) => Change(() => { Unassigned -= tonnes; Claimed += tonnes; });

    /// <summary>Gives claimed tonnes back (stock ran short at loading).</summary>
    public void Unclaim(double tonnes) => Change(() => { Claimed -= tonnes; Unassigned += tonnes; });

    public void Load(double tonnes, SimTime now)
    {
        Claimed -= tonnes;
        InTransit += tonnes;
        Dispatched ??= now;
    }

    public void Deliver(double tonnes, SimTime now)
    {
        InTransit -= tonnes;
        Delivered += tonnes;
        if (now <= Due) DeliveredOnTime += tonnes;
        LastDelivered = now;
        Deliveries.Add((now, tonnes));
    }

    public void Drop() => Change(() => { Dropped += Unassigned; Unassigned = 0; });

    public bool IsFullyDelivered => Delivered >= Tonnes - Tonnage.Epsilon;

    /// <summary>The strategy's view, rebuilt only when the unassigned tonnes change.</summary>
    public OpenRequest View() =>
        _view ??= new OpenRequest(Id, Item, From, To, Unassigned, CubicMetresPerTonne, Ready, Due, Priority, Sequence)
        {
            PeoplePerTonne = IsNeed && Tonnes > 0 ? People / Tonnes : 0,
        };

    private void Change(Action change)
    {
        change();
        _view = null;
    }
}
