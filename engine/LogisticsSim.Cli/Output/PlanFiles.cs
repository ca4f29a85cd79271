// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using System.Text.Json;
using LogisticsSim.Core.Experiments;
using LogisticsSim.Optimization.Planning;

namespace LogisticsSim.Cli.Output;

/// <summary>
/// plan.json (decisions, objective, bound, gap, LP relaxation, and per hazard scenario the promised and
/// simulated outcomes with the plan's flows) and plan.md (the same as tables a planner pastes into a brief).
/// No timings: those go to manifest.json, so that the same inputs give the same bytes.
/// </summary>
public static class PlanFiles
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static void WriteJson(TextWriter writer, string scenario, Plan plan, PlanCheckResult? check, string? strategy)
    {
        JsonFile.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("scenario", scenario);
            json.WriteString("solver", plan.Solver);
            json.WriteString("status", plan.Status);
            Number(json, "objective", plan.Objective);
            Number(json, "bound", plan.Bound);
            Number(json, "gap", plan.Gap);
            Number(json, "lp_relaxation", plan.LpRelaxation);
            if (plan.Budget is { } budget) Number(json, "budget", budget);
            else json.WriteNull("budget");
            Number(json, "first_stage_cost", plan.FirstStageCost);
            json.WriteStartObject("decisions");
            json.WriteStartArray("hubs");
            foreach (var h in plan.Hubs) Object(json, ("node", h.Node), ("size", h.Size), ("cost", h.Cost));
            json.WriteEndArray();
            json.WriteStartArray("stock");
            foreach (var s in plan.Stock) Object(json, ("hub", s.Hub), ("item", s.Item), ("t", s.Tonnes), ("cost", s.Cost));
            json.WriteEndArray();
            json.WriteStartArray("vehicles");
            foreach (var v in plan.Vehicles) Object(json, ("hub", v.Hub), ("fleet", v.Fleet), ("count", v.Count), ("cost", v.Cost));
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("expected");
            Number(json, "demand_t", plan.Expected.DemandTonnes);
            json.WriteStartObject("promised");
            Number(json, "fill_rate", plan.Expected.FillRate);
            Number(json, "delivered_t", plan.Expected.DeliveredTonnes);
            Number(json, "unmet_t", plan.Expected.UnmetTonnes);
            Number(json, "deprivation_person_days", plan.Expected.DeprivationPersonDays);
            json.WriteEndObject();
            if (check is not null)
            {
                json.WriteStartObject("simulated");
                Fill(json, check.ExpectedSimulatedFillInterval);
                Number(json, "deprivation_person_days", check.ExpectedSimulatedDeprivation);
                json.WriteEndObject();
                Number(json, "planning_gap", check.ExpectedPromisedFill - check.ExpectedSimulatedFill);
            }
            json.WriteEndObject();
            if (check is not null)
            {
                json.WriteStartObject("check");
                json.WriteString("strategy", strategy);
                json.WriteNumber("replications", check.Replications);
                json.WriteNumber("seed", check.Seed);
                json.WriteEndObject();
            }
            json.WriteStartArray("scenarios");
            var checks = check?.Scenarios.ToDictionary(c => c.Id, StringComparer.Ordinal);
            foreach (var p in plan.Scenarios)
            {
                json.WriteStartObject();
                json.WriteString("id", p.Id);
                Number(json, "probability", p.Probability);
                Number(json, "demand_t", p.DemandTonnes);
                json.WriteStartObject("promised");
                Number(json, "fill_rate", p.FillRate);
                Number(json, "delivered_t", p.DeliveredTonnes);
                Number(json, "unmet_t", p.UnmetTonnes);
                Number(json, "deprivation_person_days", p.DeprivationPersonDays);
                Number(json, "transport_cost", p.TransportCost);
                json.WriteEndObject();
                if (checks is not null && checks.TryGetValue(p.Id, out var c))
                {
                    json.WriteStartObject("simulated");
                    Fill(json, c.SimulatedFill);
                    Number(json, "delivered_t", c.SimulatedDeliveredTonnes);
                    Number(json, "deprivation_person_days", c.SimulatedDeprivationPersonDays);
                    json.WriteEndObject();
                }
                json.WriteStartArray("flows");
                foreach (var f in p.Flows)
                {
                    // A flow through a transfer node names it and the second leg's fleet; others keep their four keys.
                    if (f.Via is null) Object(json, ("from", f.Hub), ("to", f.To), ("item", f.Item), ("fleet", f.Fleet), ("t", f.Tonnes));
                    else Object(json, ("from", f.Hub), ("to", f.To), ("item", f.Item), ("fleet", f.Fleet), ("via", f.Via), ("via_fleet", f.ViaFleet), ("t", f.Tonnes));
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>plan.md: the solve, the decisions, and promised against simulated fill per hazard scenario.</summary>
    public static void WriteMarkdown(TextWriter w, string scenario, Plan plan, PlanCheckResult? check)
    {
        w.WriteLine($"# Capacity plan: {scenario}");
        w.WriteLine();
        w.WriteLine(string.Create(C, $"Solver {plan.Solver}: {plan.Status}, objective {plan.Objective:N0}, bound {plan.Bound:N0}, gap {plan.Gap:P2}, LP relaxation {plan.LpRelaxation:N0}."));
        w.WriteLine(string.Create(C, $"First-stage cost {plan.FirstStageCost:N0}{(plan.Budget is { } b ? string.Create(C, $" of a budget of {b:N0}") : "")}."));
        w.WriteLine();
        w.WriteLine("## Decisions");
        w.WriteLine();
        w.WriteLine("| hub | size | stock (t) | vehicles | cost |");
        w.WriteLine("| --- | --- | ---: | --- | ---: |");
        foreach (var hub in plan.Hubs)
        {
            var stock = plan.Stock.Where(s => s.Hub == hub.Node).ToList();
            var vehicles = plan.Vehicles.Where(v => v.Hub == hub.Node).ToList();
            string stockText = stock.Count == 0 ? "none" : string.Join(", ", stock.Select(s => string.Create(C, $"{s.Item} {s.Tonnes:N1}")));
            string vehicleText = vehicles.Count == 0 ? "none" : string.Join(", ", vehicles.Select(v => $"{v.Count} {v.Fleet}"));
            double cost = hub.Cost + stock.Sum(s => s.Cost) + vehicles.Sum(v => v.Cost);
            w.WriteLine(string.Create(C, $"| {hub.Node} | {hub.Size} | {stockText} | {vehicleText} | {cost:N0} |"));
        }
        w.WriteLine();
        w.WriteLine("## Promised and simulated, per hazard scenario");
        w.WriteLine();
        w.WriteLine(check is null
            ? "| scenario | probability | demand (t) | promised fill |\n| --- | ---: | ---: | ---: |"
            : "| scenario | probability | demand (t) | promised fill | simulated fill (95% interval) | gap |\n| --- | ---: | ---: | ---: | ---: | ---: |");
        var checks = check?.Scenarios.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var p in plan.Scenarios)
        {
            string row = string.Create(C, $"| {p.Id} | {p.Probability:0.#####} | {p.DemandTonnes:N1} | {p.FillRate:P1} |");
            if (checks is not null && checks.TryGetValue(p.Id, out var c))
            {
                row += string.Create(C, $" {c.SimulatedFill.Mean:P1} ({Range(c.SimulatedFill)}) | {c.Gap * 100:+0.0;-0.0;0.0} pt |");
            }
            w.WriteLine(row);
        }
        w.WriteLine();
        w.WriteLine(string.Create(C, $"Expected fill: promised {plan.Expected.FillRate:P1}{(check is null ? "" : string.Create(C, $", simulated {check.ExpectedSimulatedFill:P1} ({Range(check.ExpectedSimulatedFillInterval)})"))}; expected deprivation: promised {plan.Expected.DeprivationPersonDays:N0} person-days{(check is null ? "" : string.Create(C, $", simulated {check.ExpectedSimulatedDeprivation:N0}"))}."));
    }

    private static void Object(Utf8JsonWriter json, params (string Key, object? Value)[] fields)
    {
        json.WriteStartObject();
        foreach (var (key, value) in fields)
        {
            switch (value)
            {
                case null: json.WriteNull(key); break;
                case string s: json.WriteString(key, s); break;
                case int i: json.WriteNumber(key, i); break;
                case double d: Number(json, key, d); break;
                default: throw new ArgumentException($"unexpected value type for '{key}'", nameof(fields));
            }
        }
        json.WriteEndObject();
    }

    /// <summary>Numbers rounded to 6 decimals (a gram, a millionth of a rate): solver round-off stays out of the file.</summary>
    private const int Decimals = 6;

    private static void Number(Utf8JsonWriter json, string key, double value) => JsonFile.Number(json, key, value, Decimals);

    /// <summary>"99.1 % to 99.9 %", or "n/a" from a single run (no interval).</summary>
    private static string Range(Interval fill) =>
        fill.HasInterval ? string.Create(C, $"{fill.Low:P1} to {fill.High:P1}") : "n/a";

    private static void Fill(Utf8JsonWriter json, Interval fill) => JsonFile.Estimate(json, "fill_rate", fill, Decimals);
}
