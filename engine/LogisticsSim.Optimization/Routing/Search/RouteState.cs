// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Kernel.Random;

namespace LogisticsSim.Optimization.Routing.Search;

/// <summary>
/// One vehicle's route with the quantities that make an insertion check O(1) per position: the earliest
/// service start at each position (leaving everything as soon as possible), the latest start that keeps
/// the rest of the route within its windows, and the load on leaving each position.
/// Position 0 is the vehicle start, 1..Count the visits, Count + 1 the end.
/// </summary>
internal sealed class RouteState
{
    private readonly SearchInstance _in;
    private readonly double[][] _t;
    private readonly double[][] _c;
    private readonly double[] _earliest;
    private readonly double[] _latest;
    private readonly double[] _tonnes;
    private readonly double[] _cubic;
    private readonly double[] _peakTonnes; // highest load on leaving positions 0..p
    private readonly double[] _peakCubic;
    private readonly double[] _lateUpTo; // priced lateness summed over positions 1..p
    private readonly bool _priced;

    public int Vehicle { get; }

    /// <summary>Points by position; only 0..Count + 1 are meaningful.</summary>
    public int[] Points { get; }

    public int Count { get; private set; }

    /// <summary>Move costs, plus the vehicle's fixed cost when the route is used.</summary>
    public double Cost { get; private set; }

    public RouteState(SearchInstance instance, int vehicle)
    {
        _in = instance;
        Vehicle = vehicle;
        _t = instance.Travel[instance.VehicleClass[vehicle]];
        _c = instance.Cost[instance.VehicleClass[vehicle]];
        int size = instance.VisitCount + 2;
        Points = new int[size];
        _earliest = new double[size];
        _latest = new double[size];
        _tonnes = new double[size];
        _cubic = new double[size];
        _peakTonnes = new double[size];
        _peakCubic = new double[size];
        _lateUpTo = new double[size];
        _priced = instance.PricesLateness;
        Points[0] = instance.StartPoint(vehicle);
        Points[1] = instance.EndPoint(vehicle);
        Recompute();
    }

    public void CopyFrom(RouteState other)
    {
        Count = other.Count;
        Cost = other.Cost;
        int n = Count + 2;
        Array.Copy(other.Points, Points, n);
        Array.Copy(other._earliest, _earliest, n);
        Array.Copy(other._latest, _latest, n);
        Array.Copy(other._tonnes, _tonnes, n);
        Array.Copy(other._cubic, _cubic, n);
        Array.Copy(other._peakTonnes, _peakTonnes, n);
        Array.Copy(other._peakCubic, _peakCubic, n);
        Array.Copy(other._lateUpTo, _lateUpTo, n);
    }

    /// <summary>Replaces the visits (for a start from given routes); returns false if the route breaks a window or capacity.</summary>
    public bool SetVisits(IReadOnlyList<int> visits)
    {
        Count = visits.Count;
        for (int i = 0; i < visits.Count; i++) Points[i + 1] = visits[i];
        Points[Count + 1] = _in.EndPoint(Vehicle);
        return Recompute();
    }

    /// <summary>Times, loads and cost from scratch; returns whether the route is feasible.</summary>
    public bool Recompute()
    {
        int end = Count + 1;
        double tonnes = 0, cubic = 0;
        for (int p = 1; p <= Count; p++)
        {
            tonnes += _in.SingleTonnes[Points[p]];
            cubic += _in.SingleCubic[Points[p]];
        }
        _earliest[0] = _in.Ready[Points[0]];
        _tonnes[0] = _peakTonnes[0] = tonnes;
        _cubic[0] = _peakCubic[0] = cubic;
        double cost = 0;
        bool feasible = tonnes <= Capacity.Tonnes + SearchInstance.Epsilon && cubic <= Capacity.Cubic + SearchInstance.Epsilon;
        for (int p = 1; p <= end; p++)
        {
            int a = Points[p - 1], b = Points[p];
            _earliest[p] = Math.Max(_in.Ready[b], _earliest[p - 1] + _t[a][b]);
            feasible &= _earliest[p] <= _in.Due[b] + SearchInstance.Epsilon;
            cost += _c[a][b];
            if (p == end) break;
            _lateUpTo[p] = _lateUpTo[p - 1] + Late(b, _earliest[p]);
            _tonnes[p] = _tonnes[p - 1] + _in.DeltaTonnes[b];
            _cubic[p] = _cubic[p - 1] + _in.DeltaCubic[b];
            _peakTonnes[p] = Math.Max(_peakTonnes[p - 1], _tonnes[p]);
            _peakCubic[p] = Math.Max(_peakCubic[p - 1], _cubic[p]);
            feasible &= _tonnes[p] <= Capacity.Tonnes + SearchInstance.Epsilon && _cubic[p] <= Capacity.Cubic + SearchInstance.Epsilon;
        }
        _latest[end] = _in.Due[Points[end]];
        for (int p = end - 1; p >= 0; p--)
        {
            _latest[p] = Math.Min(_in.Due[Points[p]], _latest[p + 1] - _t[Points[p]][Points[p + 1]]);
        }
        Cost = Count == 0 ? 0 : cost + _in.FixedCost[Vehicle] + _lateUpTo[Count];
        return feasible;
    }

    /// <summary>
    /// Priced lateness from position <paramref name="from"/> to the last visit when the point before it
    /// (<paramref name="previous"/>) starts service at <paramref name="time"/>. Inserting only delays, so once a
    /// visit starts when it did before, the rest is as before and comes from the prefix sums.
    /// </summary>
    private double LatenessFrom(int from, int previous, double time)
    {
        double late = 0;
        for (int k = from; k <= Count; k++)
        {
            int here = Points[k];
            time = Math.Max(_in.Ready[here], time + _t[previous][here]);
            if (time <= _earliest[k]) return late + _lateUpTo[Count] - _lateUpTo[k - 1];
            late += Late(here, time);
            previous = here;
        }
        return late;
    }

    /// <summary>What starting service at <paramref name="point"/> at <paramref name="time"/> costs in lateness.</summary>
    private double Late(int point, double time) => _in.LatePrice[point] * Math.Max(0, time - _in.SoftDue[point]);

    private (double Tonnes, double Cubic) Capacity => (_in.CapacityTonnes[Vehicle], _in.CapacityCubic[Vehicle]);

    /// <summary>
    /// Cheapest feasible place for single visit <paramref name="x"/>: after position <c>At</c>. Each position is
    /// skipped with probability <paramref name="blink"/> (the recreate's "blinks"). Cost is +inf when none fits.
    /// </summary>
    public (double Cost, int At) BestSingle(int x, RandomStream random, double blink)
    {
        double best = double.PositiveInfinity;
        int at = -1;
        double q = _in.SingleTonnes[x], m = _in.SingleCubic[x];
        var (capT, capC) = Capacity;
        double fixedCost = Count == 0 ? _in.FixedCost[Vehicle] : 0;
        for (int p = 0; p <= Count; p++)
        {
            // Its cargo rides from the start to the visit: the peak load up to p grows by q.
            if (_peakTonnes[p] + q > capT + SearchInstance.Epsilon || _peakCubic[p] + m > capC + SearchInstance.Epsilon) break;
            if (blink > 0 && random.NextDouble() < blink) continue;
            int a = Points[p], b = Points[p + 1];
            double arrive = Math.Max(_in.Ready[x], _earliest[p] + _t[a][x]);
            if (arrive > _in.Due[x] + SearchInstance.Epsilon) continue;
            if (Math.Max(_in.Ready[b], arrive + _t[x][b]) > _latest[p + 1] + SearchInstance.Epsilon) continue;
            double delta = _c[a][x] + _c[x][b] - _c[a][b];
            if (_priced && delta < best)
            {
                double late = _lateUpTo[p] + Late(x, arrive) + LatenessFrom(p + 1, x, arrive);
                delta += late - _lateUpTo[Count];
            }
            if (delta < best) { best = delta; at = p; }
        }
        return (best + fixedCost, at);
    }

    /// <summary>
    /// Cheapest feasible places for pickup <paramref name="pickup"/> after position <c>AfterP</c> and its delivery
    /// <paramref name="delivery"/> after position <c>AfterD</c> (AfterD &gt;= AfterP; equal means right after the pickup).
    /// </summary>
    public (double Cost, int AfterP, int AfterD) BestPair(int pickup, int delivery, RandomStream random, double blink)
    {
        double best = double.PositiveInfinity;
        int bestP = -1, bestD = -1;
        double q = _in.DeltaTonnes[pickup], m = _in.DeltaCubic[pickup];
        var (capT, capC) = Capacity;
        double eps = SearchInstance.Epsilon;
        double readyP = _in.Ready[pickup], dueP = _in.Due[pickup], readyD = _in.Ready[delivery], dueD = _in.Due[delivery];
        var fromP = _t[pickup];
        var fromD = _t[delivery];
        for (int i = 0; i <= Count; i++)
        {
            if (_tonnes[i] + q > capT + eps || _cubic[i] + m > capC + eps) continue;
            int a = Points[i], b = Points[i + 1];
            double atP = Math.Max(readyP, _earliest[i] + _t[a][pickup]);
            if (atP > dueP + eps) continue;
            double costP = _c[a][pickup] + _c[pickup][b] - _c[a][b];
            if (costP >= best) continue; // placing the delivery too adds nothing negative on metric costs
            if (!(blink > 0 && random.NextDouble() < blink))
            {
                double atD = Math.Max(readyD, atP + fromP[delivery]);
                if (atD <= dueD + eps && Math.Max(_in.Ready[b], atD + fromD[b]) <= _latest[i + 1] + eps)
                {
                    double delta = _c[a][pickup] + _c[pickup][delivery] + _c[delivery][b] - _c[a][b];
                    if (_priced && delta < best)
                    {
                        double late = _lateUpTo[i] + Late(pickup, atP) + Late(delivery, atD) + LatenessFrom(i + 1, delivery, atD);
                        delta += late - _lateUpTo[Count];
                    }
                    if (delta < best) { best = delta; bestP = i; bestD = i; }
                }
            }
            double time = atP;
            int previous = pickup;
            double lateBetween = _priced ? _lateUpTo[i] + Late(pickup, atP) : 0; // up to j, with the pickup in
            for (int j = i + 1; j <= Count; j++)
            {
                int here = Points[j];
                time = Math.Max(_in.Ready[here], time + _t[previous][here]);
                if (time > _latest[j] + eps) break; // later deliveries only delay this visit more
                if (_priced) lateBetween += Late(here, time);
                if (_tonnes[j] + q > capT + eps || _cubic[j] + m > capC + eps) break; // the cargo cannot ride past j
                previous = here;
                if (blink > 0 && random.NextDouble() < blink) continue;
                int next = Points[j + 1];
                double atD = Math.Max(readyD, time + _t[here][delivery]);
                if (atD > dueD + eps) continue;
                if (Math.Max(_in.Ready[next], atD + fromD[next]) > _latest[j + 1] + eps) continue;
                double delta = costP + _c[here][delivery] + _c[delivery][next] - _c[here][next];
                if (_priced && delta < best)
                {
                    double late = lateBetween + Late(delivery, atD) + LatenessFrom(j + 1, delivery, atD);
                    delta += late - _lateUpTo[Count];
                }
                if (delta < best) { best = delta; bestP = i; bestD = j; }
            }
        }
        double fixedCost = Count == 0 ? _in.FixedCost[Vehicle] : 0;
        return (best + fixedCost, bestP, bestD);
    }

    /// <summary>
    /// What the route would cost without visits <paramref name="a"/> and <paramref name="b"/> (-1 for none):
    /// +inf when that breaks a window (possible only where travel times break the triangle inequality).
    /// </summary>
    public double CostWithout(int a, int b)
    {
        if (Count - (b >= 0 ? 2 : 1) == 0) return 0;
        int previous = Points[0];
        double time = _earliest[0], cost = 0, late = 0;
        for (int p = 1; p <= Count + 1; p++)
        {
            int here = Points[p];
            if (here == a || here == b) continue;
            time = Math.Max(_in.Ready[here], time + _t[previous][here]);
            if (time > _in.Due[here] + SearchInstance.Epsilon) return double.PositiveInfinity;
            if (p <= Count) late += Late(here, time);
            cost += _c[previous][here];
            previous = here;
        }
        return cost + _in.FixedCost[Vehicle] + late;
    }

    /// <summary>Inserts a single visit after position <paramref name="after"/>.</summary>
    public void InsertSingle(int x, int after)
    {
        ShiftRight(after + 1);
        Points[after + 1] = x;
        Count++;
        Recompute();
    }

    /// <summary>Inserts a pair at the positions <see cref="BestPair"/> returned.</summary>
    public void InsertPair(int pickup, int delivery, int afterP, int afterD)
    {
        ShiftRight(afterD + 1);
        Points[afterD + 1] = delivery;
        Count++;
        ShiftRight(afterP + 1); // the delivery moves up by one with everything after the pickup
        Points[afterP + 1] = pickup;
        Count++;
        Recompute();
    }

    /// <summary>Removes every visit for which <paramref name="removed"/> is true.</summary>
    public void RemoveWhere(bool[] removed)
    {
        int write = 1;
        for (int p = 1; p <= Count; p++)
        {
            if (!removed[Points[p]]) Points[write++] = Points[p];
        }
        Count = write - 1;
        Points[Count + 1] = _in.EndPoint(Vehicle);
        Recompute();
    }

    /// <summary>Moves positions from..Count + 1 (the end included) up by one.</summary>
    private void ShiftRight(int from) => Array.Copy(Points, from, Points, from + 1, Count + 2 - from);
}
