// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Optimization.Planning;

namespace LogisticsSim.Cli.Commands;

/// <summary>
/// One parameter of <c>plan --sweep</c> and its values: <c>budget=...</c>, <c>fleet.ID=...</c> (units of a
/// fleet entry in total) or <c>stock.ITEM=...</c> (tonnes of an item in total); values listed with commas or
/// as <c>FROM:TO:COUNT</c>, evenly spaced.
/// </summary>
public sealed record SweepParameter(string Name, IReadOnlyList<double> Values)
{
    private const int MaxPoints = 100;

    public static SweepParameter Parse(string text, Scenario scenario)
    {
        var planning = scenario.Planning!;
        int eq = text.IndexOf('=');
        string Fail(string found, string expected) => throw new UserInputException($"error: --sweep: found {found}, expected {expected}");
        if (eq <= 0) Fail($"'{text}'", "NAME=VALUES such as budget=1e6,2e6,4e6 or fleet.truck=10:100:10");
        string name = text[..eq].Trim();
        string values = text[(eq + 1)..].Trim();
        if (name != "budget" && !name.StartsWith("fleet.", StringComparison.Ordinal) && !name.StartsWith("stock.", StringComparison.Ordinal))
        {
            Fail($"'{name}'", "budget, fleet.ID or stock.ITEM");
        }
        if (name.StartsWith("fleet.", StringComparison.Ordinal) && !planning.Vehicles.Any(v => v.Fleet.Value == name[6..]))
        {
            Fail($"fleet '{name[6..]}'", $"a fleet entry of planning.vehicles: {string.Join(", ", planning.Vehicles.Select(v => v.Fleet.Value))}");
        }
        if (name.StartsWith("stock.", StringComparison.Ordinal) && !planning.Items.Any(i => i.Item.Value == name[6..]))
        {
            Fail($"item '{name[6..]}'", $"an item of planning.items: {string.Join(", ", planning.Items.Select(i => i.Item.Value))}");
        }
        if (values.Length == 0) Fail($"nothing after '{name}='", "values, listed (1e6,2e6,4e6) or as a range FROM:TO:COUNT");
        var parsed = new List<double>();
        string[] range = values.Split(':');
        if (range.Length == 3)
        {
            if (!Number(range[0], out double from) || !Number(range[1], out double to) || !int.TryParse(range[2], NumberStyles.None, CultureInfo.InvariantCulture, out int count) || count < 2 || count > MaxPoints)
            {
                Fail($"'{values}'", $"FROM:TO:COUNT with numbers >= 0 and a COUNT from 2 to {MaxPoints}");
            }
            for (int k = 0; k < count; k++) parsed.Add(from + (to - from) * k / (count - 1));
        }
        else
        {
            foreach (string part in values.Split(','))
            {
                if (!Number(part, out double v)) Fail($"'{part.Trim()}' in '{values}'", "numbers >= 0 separated by commas");
                parsed.Add(v);
            }
            if (parsed.Count > MaxPoints) Fail($"{parsed.Count} values", $"at most {MaxPoints}");
        }
        if (name.StartsWith("fleet.", StringComparison.Ordinal) && parsed.Any(v => v != Math.Floor(v)))
        {
            Fail($"'{values}'", "whole numbers of vehicles");
        }
        return new SweepParameter(name, parsed.AsReadOnly());
    }

    /// <summary>The solver options for one point of the sweep.</summary>
    public PlanningOptions Apply(PlanningOptions options, double value) => Name switch
    {
        "budget" => options with { Budget = value },
        _ when Name.StartsWith("fleet.", StringComparison.Ordinal) =>
            options with { FleetSize = new Dictionary<VehicleTypeId, int> { [new VehicleTypeId(Name[6..])] = (int)value } },
        _ when Name.StartsWith("stock.", StringComparison.Ordinal) =>
            options with { StockLevel = new Dictionary<ItemId, double> { [new ItemId(Name[6..])] = value } },
        _ => throw new InvalidOperationException($"--sweep {Name} passed parsing but is no parameter"),
    };

    private static bool Number(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value) && value >= 0;
}
