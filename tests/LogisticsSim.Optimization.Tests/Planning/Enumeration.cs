namespace LogisticsSim.Optimization.Tests.Planning;

/// <summary>
/// The optimum of <see cref="PlanningInstances.Tiny"/> by brute force over whole tonnes and vehicles, written
/// from the model's definition and nothing of its code: every hub size, stock level, truck placement and, per
/// scenario, every set of flows.
/// </summary>
internal static class Enumeration
{
    private const double Penalty = 20, StockCost = 2, TruckCost = 4, TransportPerTonne = 80 * 0.05 / 2;
    private static readonly (double Capacity, double Cost)[] Sizes = [(0, 0), (4, 2), (8, 6)]; // index 0: closed

    public static double Optimum(double budget)
    {
        double best = double.PositiveInfinity;
        for (int sizeA = 0; sizeA < 3; sizeA++)
        for (int sizeB = 0; sizeB < 3; sizeB++)
        for (int stockA = 0; stockA <= Sizes[sizeA].Capacity; stockA++)
        for (int stockB = 0; stockB <= Sizes[sizeB].Capacity; stockB++)
        for (int trucksA = 0; trucksA <= (sizeA > 0 ? 2 : 0); trucksA++)
        for (int trucksB = 0; trucksB <= (sizeB > 0 ? 2 - trucksA : 0); trucksB++)
        {
            double firstStage = Sizes[sizeA].Cost + Sizes[sizeB].Cost + StockCost * (stockA + stockB) + TruckCost * (trucksA + trucksB);
            if (firstStage > budget + 1e-9) continue;
            // north (p 0.7): 6 t at C; B's stock is lost.
            double north = Second(demandC: 6, demandD: 0, stockA, stockB: 0, 2 * trucksA, 2 * trucksB, bToD: true);
            // split (p 0.3): 2 t at C, 4 t at D; B cannot reach D in time.
            double split = Second(demandC: 2, demandD: 4, stockA, stockB, 2 * trucksA, 2 * trucksB, bToD: false);
            best = Math.Min(best, firstStage + 0.7 * north + 0.3 * split);
        }
        return best;
    }

    /// <summary>Least penalty plus transport cost of one scenario, over every whole-tonne flow.</summary>
    private static double Second(int demandC, int demandD, int stockA, int stockB, int tonnesA, int tonnesB, bool bToD)
    {
        double best = double.PositiveInfinity;
        for (int ac = 0; ac <= demandC; ac++)
        for (int ad = 0; ad <= demandD; ad++)
        for (int bc = 0; bc <= demandC - ac; bc++)
        for (int bd = 0; bd <= (bToD ? demandD - ad : 0); bd++)
        {
            if (ac + ad > Math.Min(stockA, tonnesA) || bc + bd > Math.Min(stockB, tonnesB)) continue;
            int moved = ac + ad + bc + bd;
            double unmet = demandC + demandD - moved;
            best = Math.Min(best, Penalty * unmet + TransportPerTonne * moved);
        }
        return best;
    }
}
