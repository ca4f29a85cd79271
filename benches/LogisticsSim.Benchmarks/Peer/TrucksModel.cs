// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Kernel;
using LogisticsSim.Kernel.Random;
using LogisticsSim.Kernel.Resources;

namespace LogisticsSim.Benchmarks.Peer;

/// <summary>
/// The peers' `trucks` model: 200 trucks at 50 depots, 2,000 requests a day (Poisson) for 30 days;
/// each request waits for a truck at a depot chosen uniformly, which travels lognormal(6 h, 2 h)
/// out and the same back. Deliberately overloaded, so queues grow.
/// </summary>
public sealed class TrucksModel
{
    private const int Depots = 50, Trucks = 200;
    private const double RequestsPerDay = 2000, Days = 30;

    private readonly Simulation _sim;
    private readonly Resource[] _depots;
    private readonly Exponential _interarrival = new(24 / RequestsPerDay);
    private readonly LogNormal _travel = new(6, 2);
    private readonly RandomStream _arrivalRng, _depotRng, _travelRng;

    public TrucksModel(long seed, int replication)
    {
        _sim = new Simulation(new RandomStreams(seed, replication));
        _depots = Enumerable.Range(0, Depots).Select(d => new Resource(_sim, Trucks / Depots, $"depot-{d}")).ToArray();
        _arrivalRng = _sim.Streams.For("arrivals");
        _depotRng = _sim.Streams.For("depot");
        _travelRng = _sim.Streams.For("travel");
    }

    public long ModelEvents { get; private set; }
    public long KernelEvents => _sim.ProcessedEvents;
    public long Requests { get; private set; }
    public long TripsDone { get; private set; }
    public int WaitingAtEnd => _depots.Sum(d => d.Waiting);

    public TrucksModel Run()
    {
        _sim.Process(Source(), "requests");
        _sim.Run(SimTime.FromDays(Days));
        return this;
    }

    private IEnumerable<Event> Source()
    {
        while (true)
        {
            yield return _sim.Timeout(SimTime.FromHours(_interarrival.Sample(_arrivalRng)));
            ModelEvents++;
            Requests++;
            _sim.Process(Trip(_depots[_depotRng.NextInt(Depots)]), "trip");
        }
    }

    private IEnumerable<Event> Trip(Resource depot)
    {
        var truck = depot.Request();
        yield return truck;
        yield return _sim.Timeout(SimTime.FromHours(_travel.Sample(_travelRng)));
        ModelEvents++;
        yield return _sim.Timeout(SimTime.FromHours(_travel.Sample(_travelRng)));
        ModelEvents++;
        TripsDone++;
        depot.Release(truck);
    }
}
