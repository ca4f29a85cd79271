// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Kernel;
using LogisticsSim.Kernel.Random;
using LogisticsSim.Kernel.Resources;

namespace LogisticsSim.Benchmarks.Peer;

/// <summary>
/// M/M/c written as processes: a source that starts one process per customer, each customer
/// requesting a server, holding it for an exponential service time and releasing it.
/// The peers' `mmc` model: arrivals 9 per hour, 10 servers, service of mean 1 h.
/// </summary>
public sealed class MmcModel
{
    public const double ArrivalsPerHour = 9, ServiceMeanHours = 1;
    public const int Servers = 10;

    private readonly Simulation _sim;
    private readonly Resource _servers;
    private readonly Exponential _interarrival = new(1 / ArrivalsPerHour);
    private readonly Exponential _service = new(ServiceMeanHours);
    private readonly RandomStream _arrivalRng, _serviceRng;
    private readonly int _customers;
    private double _waitHoursSum;

    public MmcModel(int customers, long seed)
    {
        _customers = customers;
        _sim = new Simulation(new RandomStreams(seed, 0));
        _servers = new Resource(_sim, Servers, "servers");
        _arrivalRng = _sim.Streams.For("arrivals");
        _serviceRng = _sim.Streams.For("service");
    }

    /// <summary>Timeouts that expired: inter-arrivals and service ends, counted as the peers count them.</summary>
    public long ModelEvents { get; private set; }
    public long KernelEvents => _sim.ProcessedEvents;
    public long Served { get; private set; }
    public double MeanWaitHours => _waitHoursSum / Served;
    public SimTime End => _sim.Now;

    public MmcModel Run()
    {
        _sim.Process(Source(), "source");
        _sim.Run();
        return this;
    }

    private IEnumerable<Event> Source()
    {
        for (int i = 0; i < _customers; i++)
        {
            yield return _sim.Timeout(SimTime.FromHours(_interarrival.Sample(_arrivalRng)));
            ModelEvents++;
            _sim.Process(Customer(), "customer");
        }
    }

    private IEnumerable<Event> Customer()
    {
        var arrived = _sim.Now;
        var server = _servers.Request();
        yield return server;
        _waitHoursSum += (_sim.Now - arrived).Hours;
        Served++;
        yield return _sim.Timeout(SimTime.FromHours(_service.Sample(_serviceRng)));
        ModelEvents++;
        _servers.Release(server);
    }
}
