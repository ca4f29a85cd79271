// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Hindsight;
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Core.Timelines;
using LogisticsSim.Kernel;
using LogisticsSim.Kernel.Random;
using LogisticsSim.Kernel.Resources;

namespace LogisticsSim.Core.Response;

/// <summary>
/// The discrete-event model of one replication of a response: requests become ready, the strategy
/// allocates vehicles at decision epochs, vehicles are loaded, travel leg by leg along the fastest
/// open path, unload and return to base; hazards close, slow and cut capacity; vehicles break down.
/// Every random draw comes from a stream named by purpose and entity, so two strategies run on the
/// same replication see the same hazards, demand, travel times and breakdowns.
/// </summary>
public sealed partial class ResponseModel
{
    private readonly Scenario _scenario;
    private readonly IStrategy _strategy;
    private readonly Simulation _sim;
    private readonly NetworkState _network;
    private readonly List<RequestState> _requests = [];
    private readonly Dictionary<string, RequestState> _requestsById = new(StringComparer.Ordinal);
    private readonly OpenRequests _open;
    private readonly List<VehicleUnit> _vehicles = [];
    private readonly Dictionary<string, VehicleUnit> _vehiclesById = new(StringComparer.Ordinal);
    private readonly Resource?[] _handling;
    private Event _networkChanged;
    private bool _epochPending;
    private long _sequence;
    private readonly long? _seed;

    /// <param name="scenario">A loaded, valid scenario.</param>
    /// <param name="strategy">A fresh strategy instance for this replication.</param>
    /// <param name="replication">The replication number: with the scenario's seed, it names every random stream.</param>
    /// <param name="seed">A master seed that replaces the scenario's.</param>
    /// <param name="timelineStep">
    /// When given, the run also records a <see cref="Timeline"/> sampled every this much simulated
    /// time (for charts). Off by default: it keeps every change of the fleet and stock monitors.
    /// </param>
    public ResponseModel(Scenario scenario, IStrategy strategy, int replication, long? seed = null, SimTime? timelineStep = null)
    {
        _scenario = scenario;
        _strategy = strategy;
        _timelineStep = timelineStep;
        if (timelineStep is not null) _linkTonnes = new SortedDictionary<string, double>(StringComparer.Ordinal);
        Replication = replication;
        _seed = seed;
        _sim = new Simulation(new RandomStreams(seed ?? scenario.Seed, replication));
        _network = new NetworkState(scenario.Network);
        _open = new OpenRequests(_network.IndexOf);
        _reach = new Reach(_network, scenario.Fleet.Select(t => t.Mode));
        _idle = new IdleVehicles(_vehicles, _reach);
        _networkChanged = _sim.Event();
        _handling = _network.Nodes.Select((id, i) =>
            scenario.Network.GetNode(id).HandlingTonnesPerHour is null ? null : new Resource(_sim, 1, $"handling-{id}")).ToArray();
        InitStorage();
        InitStock();
        InitSupply();
        InitFleet();
        InitChains();
    }

    /// <summary>The replication number.</summary>
    public int Replication { get; }

    /// <summary>Simulated time now.</summary>
    public SimTime Now => _sim.Now;

    /// <summary>
    /// Runs to the scenario's horizon and returns the replication's KPIs and request records.
    /// A probe, when given, is called every <paramref name="probeEvery"/> with the tonnage balance
    /// (for conservation checks).
    /// </summary>
    public ReplicationResult Run(SimTime? probeEvery = null, Action<TonnageBalance>? probe = null)
    {
        // A reference strategy learns the replication's future from a replay of the same streams, before anything happens.
        if (_strategy is IHindsightStrategy hindsight) hindsight.Foresee(Replay(_scenario, Replication, _seed));
        // A forecasting strategy draws its futures from streams of its own, never from those that realise this one.
        if (_strategy is IForecastingStrategy forecasting) forecasting.Expect(_scenario, entity => _sim.Streams.For("strategy:" + _strategy.Name, entity));
        StartDemand();
        StartSupply();
        StartStorageRequests();
        StartHazards();
        StartBreakdowns();
        if (_strategy.ReplanEvery is { } every) _sim.Process(PeriodicEpochs(every), "epochs");
        if (probeEvery is { } step && probe is not null) _sim.Process(Probe(step, probe), "probe");
        _sim.Run(_scenario.Horizon);
        return new ReplicationResult(Replication, KpiCalculator.Compute(Records()), RequestRecords())
        {
            Timeline = BuildTimeline(),
            Legs = _router is null ? [] : LegRecords(),
        };
    }

    /// <summary>Where every requested tonne is now.</summary>
    public TonnageBalance Balance()
    {
        double requested = 0, delivered = 0, inTransit = 0, waiting = 0, dropped = 0, held = 0;
        foreach (var r in _requests)
        {
            requested += r.Tonnes;
            delivered += r.Delivered;
            inTransit += r.InTransit - r.Held;
            waiting += r.Unassigned + r.Claimed;
            dropped += r.Dropped;
            held += r.Held;
        }
        return new TonnageBalance(requested, delivered, inTransit, waiting, dropped) { AtTransfers = held };
    }

    private IEnumerable<Event> Probe(SimTime every, Action<TonnageBalance> probe)
    {
        while (true)
        {
            probe(Balance());
            yield return _sim.Timeout(every);
        }
    }

    private IEnumerable<Event> PeriodicEpochs(SimTime every)
    {
        while (true)
        {
            RequestEpoch();
            yield return _sim.Timeout(every);
        }
    }

    /// <summary>
    /// Asks for a decision epoch now. Requests made at the same instant fold into one epoch, which
    /// runs after every event already due now (a zero-delay timeout), so it sees the whole instant.
    /// </summary>
    private void RequestEpoch()
    {
        if (_epochPending) return;
        _epochPending = true;
        _sim.Timeout(SimTime.Zero).AddListener(_epochListener ??= new EpochListener(this));
    }

    private EpochListener? _epochListener;

    private sealed class EpochListener(ResponseModel model) : IEventListener
    {
        public void OnEvent(Event ev)
        {
            model._epochPending = false;
            model.RunEpoch();
        }
    }

    private void NetworkChanged()
    {
        var changed = _networkChanged;
        _networkChanged = _sim.Event();
        changed.Succeed();
        Rechoose();
        RequestEpoch();
    }

    private RequestState AddRequest(RequestState request)
    {
        _requests.Add(request);
        if (!_requestsById.TryAdd(request.Id, request))
        {
            throw new InvalidOperationException($"two requests share the id '{request.Id}'");
        }
        if (StartChain(request))
        {
            Undispatched.Add(1);
            return request;
        }
        request.Open();
        _open.Add(request);
        Undispatched.Add(1);
        RequestEpoch();
        return request;
    }

    private long NextSequence() => _sequence++;

    internal Scenario Scenario => _scenario;
    internal IReadOnlyList<RequestState> Requests => _requests;
    internal long Events => _sim.ProcessedEvents;
    internal int StrategyFallbacks => _strategy.Fallbacks;

    /// <summary>Requests created and not yet dispatched, over time (the queue of Little's law).</summary>
    internal Kernel.Monitoring.TimeWeightedMonitor Undispatched => _undispatched ??= new Kernel.Monitoring.TimeWeightedMonitor(_sim);

    private Kernel.Monitoring.TimeWeightedMonitor? _undispatched;
}
