// SPDX-License-Identifier: Apache-2.0
using System.Diagnostics;
using System.Globalization;
using LogisticsSim.Core.Experiments;

namespace LogisticsSim.Benchmarks.Peer;

/// <summary>
/// `peer MODEL ARGS...`: runs one of the peers' models once on our kernel and prints the same
/// RESULT line as the hand-written loop and SimPy, so the three can be compared side by side.
/// </summary>
public static class PeerCommand
{
    public static int Run(string[] args)
    {
        string model = args.Length > 0 ? args[0] : "";
        long Arg(int i, long fallback) => args.Length > i ? long.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
        var clock = Stopwatch.StartNew();
        switch (model)
        {
            case "timeouts":
            {
                var m = new TimeoutsModel((int)Arg(1, 1000), Arg(2, 2_000_000), Arg(3, 42)).Run();
                Report("timeouts", m.ModelEvents, m.KernelEvents, clock, $"sim_time={m.End.Hours:F3}");
                return 0;
            }
            case "mmc":
            {
                var m = new MmcModel((int)Arg(1, 1_000_000), Arg(2, 42)).Run();
                double erlang = QueueingTheory.ErlangCWait(MmcModel.ArrivalsPerHour, 1 / MmcModel.ServiceMeanHours, MmcModel.Servers);
                Report("mmc", m.ModelEvents, m.KernelEvents, clock,
                    $"customers={m.Served} mean_wq={m.MeanWaitHours:F4} erlangC_wq={erlang:F4} sim_time={m.End.Hours:F1}");
                return 0;
            }
            case "trucks":
            {
                int reps = (int)Arg(1, 1);
                long seed = Arg(2, 42), modelEvents = 0, kernelEvents = 0, requests = 0, trips = 0, waiting = 0;
                for (int r = 0; r < reps; r++)
                {
                    var m = new TrucksModel(seed, r).Run();
                    modelEvents += m.ModelEvents; kernelEvents += m.KernelEvents;
                    requests += m.Requests; trips += m.TripsDone; waiting += m.WaitingAtEnd;
                }
                Report("trucks", modelEvents, kernelEvents, clock, $"reps={reps} requests={requests} trips_done={trips} waiting_at_end={waiting}");
                return 0;
            }
            default:
                Console.Error.WriteLine($"unknown peer model '{model}': expected timeouts, mmc or trucks");
                return 2;
        }
    }

    private static void Report(string model, long modelEvents, long kernelEvents, Stopwatch clock, string extra)
    {
        double secs = clock.Elapsed.TotalSeconds;
        double peakMb = System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "RESULT impl=logisticssim model={0} model_events={1} kernel_events={2} sim_seconds={3:F4} model_ev_per_s={4:F0} kernel_ev_per_s={5:F0} peak_mb={6:F1} {7}",
            model, modelEvents, kernelEvents, secs, modelEvents / secs, kernelEvents / secs, peakMb, extra));
    }
}
