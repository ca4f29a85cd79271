// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Kernel;
using LogisticsSim.Kernel.Random;

namespace LogisticsSim.Benchmarks.Peer;

/// <summary>The peers' `timeouts` model: N processes that each wait exponential(1 h) in a loop, until a total count of expiries.</summary>
public sealed class TimeoutsModel
{
    private readonly Simulation _sim;
    private readonly Exponential _delay = new(1.0);
    private readonly RandomStream _rng;
    private readonly int _processes;
    private readonly long _total;
    private readonly Event _done;

    public TimeoutsModel(int processes, long total, long seed)
    {
        _processes = processes;
        _total = total;
        _sim = new Simulation(new RandomStreams(seed, 0));
        _rng = _sim.Streams.For("timeouts");
        _done = _sim.Event();
    }

    public long ModelEvents { get; private set; }
    public long KernelEvents => _sim.ProcessedEvents;
    public SimTime End => _sim.Now;

    public TimeoutsModel Run()
    {
        for (int i = 0; i < _processes; i++) _sim.Process(Waiter(), "waiter");
        _sim.Run(_done);
        return this;
    }

    private IEnumerable<Event> Waiter()
    {
        while (true)
        {
            yield return _sim.Timeout(SimTime.FromHours(_delay.Sample(_rng)));
            if (++ModelEvents == _total) _done.Succeed();
        }
    }
}
