// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Kpis;

/// <summary>
/// The <c>objective</c> of a replication from its requests' fates and its running cost:
/// <list type="bullet">
/// <item>lateness: for every delivery, its tonnes times the hours it arrived after the due time; tonnes still
/// undelivered at the horizon count as late until the horizon (else a policy could escape lateness by never
/// delivering late cargo); times the priority's lateness weight;</item>
/// <item>unmet: tonnes not delivered by the horizon, of requests due by then, times the priority's unmet
/// weight. Tonnes not yet due at the horizon have failed no one yet: counting them would punish a policy
/// for holding cargo the run ended before it had to move;</item>
/// <item>deprivation: for every need, the people it covers times, for each delivered share of its tonnes,
/// that share times <see cref="DeprivationCost"/> of its hours late, and for the undelivered share, the
/// cost of its hours late at the horizon; times the deprivation weight;</item>
/// <item>operating: the <c>cost.total</c> KPI times the operating weight.</item>
/// </list>
/// </summary>
internal static class ObjectiveCalculator
{
    public static ObjectiveValue Compute(IReadOnlyList<RequestOutcome> requests, SimTime horizon, double costTotal, ObjectiveWeights w)
    {
        double lateness = 0, unmet = 0, deprivation = 0;
        foreach (var r in requests)
        {
            // A remainder below a gram is the rounding of split cargo, not cargo left behind.
            double undelivered = r.Tonnes - r.Delivered > Tonnage.Epsilon ? r.Tonnes - r.Delivered : 0;
            double lateAtHorizon = HoursLate(horizon, r.Due);
            double tonneHours = undelivered * lateAtHorizon;
            foreach (var (time, tonnes) in r.Deliveries) tonneHours += tonnes * HoursLate(time, r.Due);
            lateness += w.LatenessAt(r.Priority) * tonneHours;
            if (r.Due <= horizon) unmet += w.UnmetAt(r.Priority) * undelivered;
            if (r.IsNeed && r.People > 0 && r.Tonnes > 0) deprivation += w.Deprivation * Deprivation(r, undelivered, lateAtHorizon, w.DeprivationCapHours);
        }
        return new ObjectiveValue(lateness, unmet, deprivation, w.Operating * costTotal);
    }

    private static double Deprivation(RequestOutcome r, double undelivered, double lateAtHorizon, double capHours)
    {
        double perPerson = undelivered / r.Tonnes * DeprivationCost.PerPerson(lateAtHorizon, capHours);
        foreach (var (time, tonnes) in r.Deliveries) perPerson += tonnes / r.Tonnes * DeprivationCost.PerPerson(HoursLate(time, r.Due), capHours);
        return r.People * perPerson;
    }

    private static double HoursLate(SimTime at, SimTime due) => Math.Max(0, (at - due).Hours);
}
