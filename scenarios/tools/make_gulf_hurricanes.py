#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes scenarios/gulf-hurricanes.yaml from the Rawls & Turnquist (2010) data.

Usage: python3 scenarios/tools/make_gulf_hurricanes.py benches/data/gulf-hurricanes > scenarios/gulf-hurricanes.yaml

Every conversion and cost is stated in the header of the file it writes. Demand per city comes from
demands.txt, rescaled per hurricane so that its cities sum to that hurricane's single-scenario totals in
scenarios.csv (the reference: it fixes Katrina, ten times too large in demands.txt); a combined scenario is
the sum of its hurricanes.
"""
import csv
import math
import sys
from pathlib import Path

HURRICANES = ["Alicia", "Camille", "Bonnie", "Floyd", "Andrew", "Opal", "Isabel", "Lili",
              "Katrina", "Bertha", "Fran", "Dennis", "Emily", "Georges", "Hugo"]
# Tonnes per source unit: 1,000 US gallons of water = 3.785 m3 = 3.785 t; 1,000 MREs at 0.6 kg each;
# one medical kit assumed at 5 kg (the source gives no weight).
TONNES = {"water": 3.785, "meals": 0.6, "kits": 0.005}
# Packed volume per source unit in ft3 and cost per unit in USD, as used in the paper's case study.
FT3 = {"water": 144.6, "meals": 83.33, "kits": 1.16}
USD = {"water": 647.7, "meals": 5420.0, "kits": 140.0}
M3_PER_FT3 = 0.0283168
# 2000 census populations, from the data's README (the junctions have none).
POPULATION = {
    "Brownsville": 183392, "Corpus Christi": 325733, "San Antonio": 1493000, "Dallas Ft. Worth": 7573136,
    "Houston": 2326000, "Little Rock": 197881, "Memphis": 650618, "Jackson": 164422, "Monroe": 47877,
    "Lake Charles": 78001, "Baton Rouge": 221599, "New Orleans": 391006, "Biloxi": 45968, "Mobile": 189572,
    "Birmingham": 209880, "Nashville": 692587, "Atlanta": 498044, "Columbia": 133451, "Charlotte": 872498,
    "Wilmington": 122607, "Charleston": 130113, "Savannah": 145862, "Tallahassee": 193551,
    "Jacksonville": 903889, "Orlando": 285713, "Tampa": 392890, "Miami": 470914, "Key West": 24565,
}


def node_id(name):
    return "".join(c if c.isalnum() else "_" for c in name.upper()).strip("_").replace("__", "_")


def main(folder):
    folder = Path(folder)
    nodes = [(r[0], int(r[1]), float(r[2]), float(r[3])) for r in csv.reader(open(folder / "node_coordinates.csv"))]
    ids = {n: node_id(name) for name, n, _, _ in nodes}
    arcs = [(int(r["from"]), int(r["to"])) for r in csv.DictReader(open(folder / "arcs.csv"))]

    per_hurricane = {}
    current = None
    for line in open(folder / "demands.txt"):
        parts = line.split()
        if not parts:
            continue
        if not parts[0].isdigit():
            current = line.strip()
            per_hurricane[current] = {}
            continue
        node = int(parts[0]) - 1
        water, meals, kits = (float(x) for x in parts[-3:])
        per_hurricane[current][node] = {"water": water, "meals": meals, "kits": kits}

    rows = list(csv.DictReader(open(folder / "scenarios.csv")))
    columns = {"water": "water_1000_gallons", "meals": "meals_1000", "kits": "medical_kits"}
    # Rescale each hurricane's cities to its single-scenario totals.
    scaled = {}
    for row in rows:
        if row["scenario_type"] != "single":
            continue
        name = HURRICANES[int(row["hurricanes"][1:]) - 1]
        cities = per_hurricane[name]
        scaled[row["hurricanes"]] = {}
        for item, column in columns.items():
            total = sum(c[item] for c in cities.values())
            factor = float(row[column]) / total if total > 0 else 0
            for node, c in cities.items():
                scaled[row["hurricanes"]].setdefault(node, {})[item] = c[item] * factor

    out = []
    w = out.append
    w("# Scenario: Gulf-coast hurricane pre-positioning, the case of Rawls & Turnquist (2010), 'Pre-positioning of")
    w("# emergency supplies for disaster response', Transportation Research Part B 44, 521-534.")
    w("# Written by scenarios/tools/make_gulf_hurricanes.py from benches/data/gulf-hurricanes; edit the script, not this file.")
    w("#")
    w("# Assumptions and conversions (the source's units are 1,000 gallons of water, 1,000 meals, medical kits):")
    w("# - water: 1,000 US gallons = 3.785 t; packed 144.6 ft3 = 4.09 m3, so 0.924 t/m3; $647.7 per 1,000 gallons = $171.1/t.")
    w("# - meals (MREs): 0.6 kg each, so 1,000 meals = 0.6 t; packed 83.33 ft3 = 2.36 m3, so 0.254 t/m3; $5,420 per 1,000 = $9,033/t.")
    w("# - medical kits: 5 kg each (assumed: the source gives no weight); 1.16 ft3 = 0.0328 m3, so 0.152 t/m3; $140 each = $28,000/t.")
    w("# - hub sizes (the paper's small, medium, large facilities): 408,200 / 3,806,000 / 6,837,000 ft3")
    w("#   = 11,559 / 107,773 / 193,604 m3, at $19,600 / $188,400 / $300,000.")
    w("#   These volumes, unit costs and facility costs are the case study's as we read them; check them against")
    w("#   the paper before citing results.")
    w("# - unmet penalty: ten times an item's cost per tonne (assumed), so a tonne of kits outweighs a tonne of water.")
    w("# - rations, to turn unmet tonnes into person-days: water 15 L per person per day (Sphere minimum);")
    w("#   meals 3 MREs = 1.8 kg per person per day; kits have none.")
    w("# - demand per city: demands.txt rescaled so that each hurricane's cities sum to its single-scenario totals in")
    w("#   scenarios.csv (this divides Katrina by ten); a combined scenario adds its two hurricanes.")
    w("# - q_availability: the share of stock surviving at every city with demand in the scenario.")
    w("# - disruption: links touching a city with demand are slowed by (1 + disruption) (our reading: the source")
    w("#   gives the number, not its use).")
    w("# - roads: the 54 arcs of arcs.csv; their weights have no stated unit (about 90 great-circle km each, from 46")
    w("#   to 131), so lengths are great-circle km times a road detour of 1.25 instead.")
    w("# - fleet: 20 t trucks at 80 km/h (interstate), 2 h to load and 1 h to unload, $2/km; $10,000 per truck for a")
    w("#   season on standby contract, at most 1,500 trucks; a failure every 400 operating hours, about 8 h to repair.")
    w("#   Response window: the first 5 days.")
    w("# - budget: $60 million for hubs, stock and trucks (a planning choice: sweep it with `plan --sweep budget=...`).")
    w("")
    w("scenario:")
    w("  name: Gulf-hurricanes")
    w("  description: \"Rawls & Turnquist (2010) Gulf-coast pre-positioning case: 30 cities, 3 items, 51 hurricane scenarios\"")
    w("")
    w("horizon: 5d")
    w("seed: 2010")
    w("")
    w("network:")
    w("  detour: 1.25")
    w("  nodes:")
    for name, n, lat, lon in nodes:
        if name.startswith("Int."):
            w(f"    - {{id: {ids[n]}, kind: hub, name: \"{name}\", lat: {lat}, lon: {lon}}}")
        else:
            w(f"    - {{id: {ids[n]}, kind: district, name: \"{name}\", lat: {lat}, lon: {lon}, population: {POPULATION[name]}}}")
    w("  links:")
    for a, b in arcs:
        w(f"    - {{from: {ids[a]}, to: {ids[b]}, mode: road}}")
    w("")
    w("items:")
    for item in ["water", "meals", "kits"]:
        density = TONNES[item] / (FT3[item] * M3_PER_FT3)
        w(f"  - {{id: {item}, t_per_m3: {density:.4f}}}")
    w("")
    w("fleet:")
    w(f"  - {{id: truck, name: 20 t truck, mode: road, count: 1, base: {ids[4]}, payload_t: 20, kmh: 80,")
    w("     load_time: 2h, unload_time: 1h, cost_per_km: 2}")
    w("")
    w("breakdowns:                     # assumed: a truck fails every 400 operating hours and is back in about 8 h")
    w("  - {mode: road, mtbf: 400h, repair: {lognormal: {mean: 8h, sd: 4h}}}")
    w("")
    w("strategy: priority")
    w("")
    w("planning:")
    w("  window: 5d")
    w("  budget: 60000000")
    w("  items:")
    ration = {"water": "kg_per_person_day: 15", "meals": "kg_per_person_day: 1.8", "kits": None}
    priority = {"water": 1, "meals": 2, "kits": 1}
    for item in ["water", "meals", "kits"]:
        cost = USD[item] / TONNES[item]
        extra = f", {ration[item]}" if ration[item] else ""
        w(f"    - {{item: {item}, cost_per_t: {cost:.1f}, unmet_penalty_per_t: {10 * cost:.0f}, priority: {priority[item]}{extra}}}")
    w("  sizes:")
    for size, ft3, usd in [("small", 408200, 19600), ("medium", 3806000, 188400), ("large", 6837000, 300000)]:
        w(f"    - {{name: {size}, capacity_m3: {ft3 * M3_PER_FT3:.0f}, cost: {usd}}}")
    w("  hubs:                          # every city may hold a hub; the two highway junctions may not")
    for name, n, _, _ in nodes:
        if not name.startswith("Int."):
            w(f"    - {{node: {ids[n]}}}")
    w("  vehicles:")
    w("    - {fleet: truck, cost: 10000, max: 1500}")
    w("  scenarios:")
    link_ends = [(ids[a], ids[b]) for a, b in arcs]
    for row in rows:
        hurricanes = [] if row["hurricanes"] == "NONE" else row["hurricanes"].split("+")
        demand = {}
        for h in hurricanes:
            for node, items in scaled[h].items():
                for item, units in items.items():
                    demand.setdefault(node, {}).setdefault(item, 0.0)
                    demand[node][item] += units
        w(f"    - id: {row['scenario_id']}              # {row['scenario_type']}: {row['hurricanes']}, category {row['category']}")
        w(f"      probability: {row['probability']}")
        if demand:
            w("      demand:")
            for node in sorted(demand):
                cells = ", ".join(f"{item}: {units * TONNES[item]:.2f}" for item, units in demand[node].items() if units > 0)
                w(f"        {ids[node]}: {{{cells}}}")
            q = float(row["q_availability"])
            hit = sorted(ids[n] for n in demand)
            w("      stock_survives: {" + ", ".join(f"{h}: {q}" for h in hit) + "}")
            d = float(row["disruption"])
            if d > 0:
                slowed = [f"{a}-{b}-road" for a, b in link_ends if a in hit or b in hit]
                w("      slowed: {" + ", ".join(f"{s}: {1 + d:g}" for s in slowed) + "}")
    print("\n".join(out))


if __name__ == "__main__":
    # The data the repository carries, wherever the script is run from.
    repo = Path(__file__).resolve().parents[2]
    main(sys.argv[1] if len(sys.argv) > 1 else str(repo / "benches" / "data" / "gulf-hurricanes"))
