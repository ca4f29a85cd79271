#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes scenarios/suite/large-sindh-floods.yaml, the large scenario of the benchmark suite.

Usage: python3 scenarios/tools/make_suite_large.py > scenarios/suite/large-sindh-floods.yaml

The 2022 monsoon floods in Sindh and eastern Balochistan, Pakistan: 35 districts, four road hubs, a helicopter
base and a boat landing, more than 200 vehicles and more than 20,000 requests per replication (the header of
the file gives the exact figures). Everything is written from the tables below, with no randomness and no
dependence on the machine, so the output is the same bytes on every run (a test holds the shipped file to it).
Edit the tables, not the YAML.
"""
import math
import sys

HORIZON_DAYS = 60
SEED = 20220825  # the day Pakistan declared a national emergency

# Entry points and hubs: id, kind, name, lat, lon, handling_tph. Storage is what the stock needs (below).
HUBS = [
    ("KARACHI_PORT", "port", "Karachi port and Port Qasim", 24.840, 66.980, 200),
    ("HYDERABAD_HUB", "hub", "Hyderabad hub", 25.396, 68.377, 150),
    ("SUKKUR_HUB", "hub", "Sukkur hub", 27.706, 68.857, 150),
    ("QUETTA_HUB", "hub", "Quetta hub", 30.183, 66.999, 60),
    ("SUKKUR_AIRPORT", "airport", "Sukkur airport", 27.722, 68.792, 30),
    ("DADU_LANDING", "hub", "Dadu boat landing", 26.740, 67.760, 30),
]

# Districts: id, name, lat, lon, affected people (rounded, assumed), the hub that feeds them: by road, except
# Johi and Khairpur Nathan Shah, fed by boat from Dadu (their roads are under water for weeks).
DISTRICTS = [
    ("KARACHI", "Karachi", 24.861, 67.010, 300000, "KARACHI_PORT"),
    ("THATTA", "Thatta", 24.747, 67.924, 400000, "KARACHI_PORT"),
    ("SUJAWAL", "Sujawal", 24.606, 68.072, 350000, "KARACHI_PORT"),
    ("BADIN", "Badin", 24.656, 68.837, 700000, "HYDERABAD_HUB"),
    ("HYDERABAD", "Hyderabad", 25.380, 68.360, 350000, "HYDERABAD_HUB"),
    ("JAMSHORO", "Jamshoro", 25.430, 68.280, 400000, "HYDERABAD_HUB"),
    ("SEHWAN", "Sehwan", 26.425, 67.861, 250000, "HYDERABAD_HUB"),
    ("MATIARI", "Matiari", 25.597, 68.446, 300000, "HYDERABAD_HUB"),
    ("TANDO_ALLAHYAR", "Tando Allahyar", 25.462, 68.719, 350000, "HYDERABAD_HUB"),
    ("TANDO_MUHAMMAD_KHAN", "Tando Muhammad Khan", 25.123, 68.536, 300000, "HYDERABAD_HUB"),
    ("MIRPUR_KHAS", "Mirpur Khas", 25.527, 69.012, 650000, "HYDERABAD_HUB"),
    ("UMERKOT", "Umerkot", 25.362, 69.736, 450000, "HYDERABAD_HUB"),
    ("MITHI", "Mithi (Tharparkar)", 24.737, 69.797, 300000, "HYDERABAD_HUB"),
    ("SANGHAR", "Sanghar", 26.046, 68.948, 900000, "HYDERABAD_HUB"),
    ("NAWABSHAH", "Nawabshah (Shaheed Benazirabad)", 26.244, 68.410, 800000, "HYDERABAD_HUB"),
    ("NAUSHAHRO_FEROZE", "Naushahro Feroze", 26.840, 68.122, 650000, "SUKKUR_HUB"),
    ("DADU", "Dadu", 26.731, 67.775, 900000, "HYDERABAD_HUB"),
    ("JOHI", "Johi", 26.692, 67.614, 200000, "DADU_LANDING"),
    ("KN_SHAH", "Khairpur Nathan Shah", 27.091, 67.734, 250000, "DADU_LANDING"),
    ("MEHAR", "Mehar", 27.180, 67.820, 250000, "SUKKUR_HUB"),
    ("LARKANA", "Larkana", 27.559, 68.212, 600000, "SUKKUR_HUB"),
    ("QAMBAR", "Qambar Shahdadkot", 27.588, 68.001, 800000, "SUKKUR_HUB"),
    ("KHAIRPUR", "Khairpur", 27.529, 68.759, 1000000, "SUKKUR_HUB"),
    ("SUKKUR", "Sukkur", 27.703, 68.848, 400000, "SUKKUR_HUB"),
    ("SHIKARPUR", "Shikarpur", 27.957, 68.637, 450000, "SUKKUR_HUB"),
    ("JACOBABAD", "Jacobabad", 28.282, 68.438, 500000, "SUKKUR_HUB"),
    ("KASHMORE", "Kashmore", 28.433, 69.583, 450000, "SUKKUR_HUB"),
    ("GHOTKI", "Ghotki", 28.006, 69.316, 350000, "SUKKUR_HUB"),
    ("JAFFARABAD", "Jaffarabad (Dera Allah Yar)", 28.370, 68.350, 450000, "SUKKUR_HUB"),
    ("NASEERABAD", "Naseerabad (Dera Murad Jamali)", 28.547, 68.223, 400000, "QUETTA_HUB"),
    ("SOHBATPUR", "Sohbatpur", 28.520, 68.543, 200000, "SUKKUR_HUB"),
    ("JHAL_MAGSI", "Jhal Magsi", 28.280, 67.450, 150000, "QUETTA_HUB"),
    ("SIBI", "Sibi", 29.543, 67.877, 200000, "QUETTA_HUB"),
    ("LASBELA", "Lasbela (Uthal)", 25.807, 66.622, 200000, "KARACHI_PORT"),
    ("RAJANPUR", "Rajanpur", 29.104, 70.330, 400000, "SUKKUR_HUB"),
]

# Roads (km = great-circle x network.detour). The M-9 and N-5 on the east bank, the N-55 Indus Highway on
# the west bank, the N-65 to Sibi and Quetta, district roads in between.
ROADS = [
    ("KARACHI_PORT", "KARACHI"), ("KARACHI_PORT", "HYDERABAD_HUB"), ("KARACHI_PORT", "THATTA"),
    ("KARACHI_PORT", "LASBELA"), ("THATTA", "SUJAWAL"), ("THATTA", "HYDERABAD_HUB"), ("SUJAWAL", "BADIN"),
    ("HYDERABAD_HUB", "HYDERABAD"), ("HYDERABAD_HUB", "BADIN"), ("HYDERABAD_HUB", "TANDO_MUHAMMAD_KHAN"),
    ("HYDERABAD_HUB", "TANDO_ALLAHYAR"), ("HYDERABAD_HUB", "MATIARI"), ("HYDERABAD_HUB", "JAMSHORO"),
    ("TANDO_ALLAHYAR", "MIRPUR_KHAS"), ("MIRPUR_KHAS", "UMERKOT"), ("UMERKOT", "MITHI"),
    ("MIRPUR_KHAS", "SANGHAR"), ("MATIARI", "NAWABSHAH"), ("NAWABSHAH", "SANGHAR"),
    ("NAWABSHAH", "NAUSHAHRO_FEROZE"), ("NAUSHAHRO_FEROZE", "KHAIRPUR"), ("NAUSHAHRO_FEROZE", "DADU"),
    ("KHAIRPUR", "SUKKUR_HUB"), ("SUKKUR_HUB", "SUKKUR"), ("SUKKUR_HUB", "SUKKUR_AIRPORT"),
    ("JAMSHORO", "SEHWAN"), ("SEHWAN", "DADU"), ("DADU", "DADU_LANDING"), ("DADU", "JOHI"), ("DADU", "MEHAR"),
    ("MEHAR", "KN_SHAH"), ("MEHAR", "LARKANA"), ("LARKANA", "QAMBAR"), ("LARKANA", "SUKKUR_HUB"),
    ("SUKKUR_HUB", "SHIKARPUR"), ("SHIKARPUR", "JACOBABAD"), ("JACOBABAD", "JAFFARABAD"),
    ("JACOBABAD", "SOHBATPUR"), ("JAFFARABAD", "NASEERABAD"), ("NASEERABAD", "JHAL_MAGSI"),
    ("NASEERABAD", "SIBI"), ("SIBI", "QUETTA_HUB"), ("SUKKUR_HUB", "GHOTKI"), ("GHOTKI", "KASHMORE"),
    ("KASHMORE", "RAJANPUR"),
]
# Helicopter routes from Sukkur airport (great-circle) and boat routes from the Dadu landing (km given: the
# flooded plain around Lake Manchar, about 1.5 x great-circle).
AIR = ["JOHI", "KN_SHAH", "MEHAR", "QAMBAR", "JAFFARABAD", "JHAL_MAGSI", "SOHBATPUR", "DADU"]
WATER = [("JOHI", 25), ("KN_SHAH", 60), ("MEHAR", 75), ("SEHWAN", 60)]

# Fleet: id, name, mode, count, base, payload_t, volume_m3, kmh, load_time, unload_time, cost key, cost.
FLEET = [
    ("truck20_khi", "20 t truck", "road", 40, "KARACHI_PORT", 20, 70, 50, "2h", "90m", "cost_per_km", 2.2),
    ("truck10_hyd", "10 t truck", "road", 80, "HYDERABAD_HUB", 10, 40, 45, "1h", "1h", "cost_per_km", 1.5),
    ("truck10_skr", "10 t truck", "road", 80, "SUKKUR_HUB", 10, 40, 45, "1h", "1h", "cost_per_km", 1.5),
    ("truck20_qta", "20 t truck", "road", 16, "QUETTA_HUB", 20, 70, 45, "2h", "90m", "cost_per_km", 2.2),
    ("mi17", "Mi-17 helicopter", "air", 6, "SUKKUR_AIRPORT", 3, 20, 200, "45m", "30m", "cost_per_hour", 4500),
    ("boat", "Flood rescue boat", "water", 8, "DADU_LANDING", 2, 8, 20, "1h", "1h", "cost_per_hour", 120),
]

# Items: id, name, tonnes per m3.
ITEMS = [
    ("food", "Food basket", 0.6), ("shelter", "Tents and tarpaulins", 0.25), ("wash", "Hygiene kits and water", 0.5),
    ("health", "Medical kits", 0.25), ("nfi", "Kitchen sets and blankets", 0.3),
]

FOOD_SHARE = 0.1  # share of the affected people in general food distribution
NEEDS_EVERY_H = 24  # one food distribution a day per district

# Partner request streams from the road hubs: id suffix, partner, item, tonnes (lognormal mean, sd), share of
# the requests, due after arrival, priority. Each runs at each road hub to the districts that hub feeds, at a
# rate in proportion to the people it feeds, so that the streams bring ROAD_ARRIVALS requests on average.
STREAMS = [
    ("nfi", "IOM", "nfi", 1.0, 0.5, 0.25, "4d", 3),
    ("shelter", "UNHCR", "shelter", 1.5, 0.8, 0.2, "4d", 2),
    ("wash", "UNICEF", "wash", 1.0, 0.5, 0.25, "3d", 2),
    ("health", "WHO", "health", 0.4, 0.2, 0.1, "2d", 1),
    ("food", "WFP", "food", 2.0, 1.0, 0.2, "3d", 2),
]
ROAD_ARRIVALS = 18600
ROAD_HUBS = ["KARACHI_PORT", "HYDERABAD_HUB", "SUKKUR_HUB", "QUETTA_HUB"]
# Streams by helicopter and boat: id, partner, item, from, to, tonnes (lognormal mean, sd), mean gap, due, priority.
OTHER_STREAMS = [
    ("air-health", "WHO", "health", "SUKKUR_AIRPORT", AIR, 0.8, 0.4, "3h", "1d", 1),
    ("air-food", "WFP", "food", "SUKKUR_AIRPORT", AIR, 2.0, 0.8, "4h", "2d", 1),
    ("boat-wash", "UNICEF", "wash", "DADU_LANDING", [d for d, _ in WATER], 0.8, 0.4, "6h", "2d", 2),
]


def mean_gap_minutes(hub, share):
    """Mean minutes between a stream's requests at a hub, rounded to whole minutes."""
    people = sum(d[4] for d in DISTRICTS if d[5] == hub) / sum(d[4] for d in DISTRICTS)
    return round(HORIZON_DAYS * 24 * 60 / (ROAD_ARRIVALS * people * share))


def stock():
    """Tonnes per loading point and item: the demand expected over the horizon plus a quarter, rounded up to
    100 t. This scenario is about scale, not scarcity: stock that ran out would leave thousands of requests
    waiting, which tests nothing new and slows every policy down."""
    expected = {}
    def add(node, item, tonnes):
        expected.setdefault(node, {}).setdefault(item, 0.0)
        expected[node][item] += tonnes
    for did, _, _, _, people, hub in DISTRICTS:
        add(hub, "food", people * FOOD_SHARE * 0.555 / 1000 * HORIZON_DAYS)
    for hub in ROAD_HUBS:
        for sid, _, item, mean, _, share, _, _ in STREAMS:
            add(hub, item, HORIZON_DAYS * 24 * 60 / mean_gap_minutes(hub, share) * mean)
    for _, _, item, origin, _, mean, _, gap, _, _ in OTHER_STREAMS:
        add(origin, item, HORIZON_DAYS * 24 / hours(gap) * mean)
    return {node: {item: math.ceil(1.25 * t / 100) * 100 for item, t in sorted(items.items())}
            for node, items in expected.items()}


def hours(duration):
    return float(duration[:-1]) * {"m": 1 / 60, "h": 1, "d": 24}[duration[-1]]


def num(x):
    """A number as the YAML shows it: integers without a point, others with at most three decimals."""
    if float(x).is_integer():
        return str(int(x))
    return f"{x:.3f}".rstrip("0").rstrip(".")


def destinations(ids, indent):
    """A flow list of node ids, wrapped at about 110 characters."""
    lines, line = [], ""
    for i in ids:
        piece = i if not line else ", " + i
        if len(line) + len(piece) > 110 - indent:
            lines.append(line + ",")
            line = i
        else:
            line += piece
    lines.append(line)
    return "[" + ("\n" + " " * (indent + 1)).join(lines) + "]"


def main(out):
    w = out.write
    total_people = sum(d[4] for d in DISTRICTS)
    nodes = len(HUBS) + len(DISTRICTS)
    vehicles = sum(f[3] for f in FLEET)
    minutes = HORIZON_DAYS * 24 * 60
    needs = len(DISTRICTS) * HORIZON_DAYS * 24 // NEEDS_EVERY_H
    road = sum(minutes / mean_gap_minutes(h, s[5]) for h in ROAD_HUBS for s in STREAMS)
    other = sum(HORIZON_DAYS * 24 / hours(s[7]) for s in OTHER_STREAMS)
    expected = round((needs + road + other) / 100) * 100

    w(f"# Covers: a large instance for the benchmark suite: {nodes} nodes, {vehicles} vehicles of four kinds, about\n")
    w(f"# {expected:,} requests per replication ({needs:,} from needs, the rest from partner streams), road closures\n")
    w("# for weeks, helicopters and boats to the flooded west bank, breakdowns.\n")
    w("# Scenario: the 2022 monsoon floods in Sindh and eastern Balochistan, Pakistan, the first\n")
    w(f"# {HORIZON_DAYS} days after the national emergency (25 August 2022).\n")
    w("#\n")
    w("# Written by scenarios/tools/make_suite_large.py: edit the script, not this file, and run\n")
    w("#   python3 scenarios/tools/make_suite_large.py > scenarios/suite/large-sindh-floods.yaml\n")
    w("#\n")
    w("# What happened (public sources): about 33 million people were affected in Pakistan, most of them in Sindh\n")
    w("# and Balochistan; Dadu, Khairpur, Qambar Shahdadkot, Jacobabad and Jaffarabad were among the worst flooded;\n")
    w("# the N-55 Indus Highway and stretches of the N-65 were cut; villages around Lake Manchar were reached by\n")
    w("# boat and helicopter (NDMA; OCHA Pakistan floods situation reports, September 2022).\n")
    w("#\n")
    w(f"# What is assumed: affected people per district are rounded orders of magnitude ({total_people:,} in all);\n")
    w(f"# {FOOD_SHARE:.0%} of them need general food distribution (WFP ration, 0.555 kg a day), one distribution\n")
    w(f"# every {NEEDS_EVERY_H} hours. Partner streams of small requests (mostly 0.2 to 3 t) run from the four road\n")
    w("# hubs, helicopters fly medical kits and food from Sukkur, boats carry food and hygiene kits from Dadu.\n")
    w("# Fleet sizes, stock, speeds, costs and closure durations are plausible, not records. Air and water cargo\n")
    w("# starts where those modes load, so Sukkur airport and the Dadu landing hold stock of their own (the file\n")
    w("# predates transfers between modes, and keeps this stock so that its results stay comparable).\n")
    w("\n")
    w("scenario:\n")
    w("  name: Large-Sindh-floods\n")
    w(f'  description: "Stresses scale: {vehicles} vehicles and about {expected:,} requests a replication (Sindh floods, 2022)"\n')
    w("\n")
    w(f"horizon: {HORIZON_DAYS}d\n")
    w(f"seed: {SEED}\n")
    w("\n")
    w("network:\n")
    w("  detour: 1.3                  # road km = 1.3 x great-circle km\n")
    w("  nodes:\n")
    stocks = stock()
    for hid, kind, name, lat, lon, tph in HUBS:
        storage = math.ceil(sum(stocks[hid].values()) * 1.2 / 1000) * 1000
        w(f"    - {{id: {hid}, kind: {kind}, name: {name}, lat: {lat:.3f}, lon: {lon:.3f}, storage_t: {storage}, "
          f"handling_tph: {tph}}}\n")
    for did, name, lat, lon, people, _ in DISTRICTS:
        w(f"    - {{id: {did}, kind: district, name: {name}, lat: {lat:.3f}, lon: {lon:.3f}, population: {people}}}\n")
    w("  links:\n")
    for a, b in ROADS:
        w(f"    - {{from: {a}, to: {b}, mode: road}}\n")
    for d in AIR:
        w(f"    - {{from: SUKKUR_AIRPORT, to: {d}, mode: air}}\n")
    for d, km in WATER:
        w(f"    - {{from: DADU_LANDING, to: {d}, mode: water, km: {km}}}\n")
    w("\n")
    w("fleet:\n")
    for fid, name, mode, count, base, payload, volume, kmh, load, unload, cost_key, cost in FLEET:
        w(f"  - {{id: {fid}, name: {name}, mode: {mode}, count: {count}, base: {base}, payload_t: {payload}, "
          f"volume_m3: {volume},\n     kmh: {kmh}, load_time: {load}, unload_time: {unload}, {cost_key}: {num(cost)}}}\n")
    w("\n")
    w("items:\n")
    for iid, name, density in ITEMS:
        w(f"  - {{id: {iid}, name: {name}, t_per_m3: {num(density)}}}\n")
    w("\n")
    w("stock:                         # expected demand over the horizon plus a quarter: scale, not scarcity\n")
    for node, items in stocks.items():
        for item, t in items.items():
            w(f"  - {{at: {node}, item: {item}, t: {t}}}\n")
    w("\n")
    w("demand:\n")
    w(f"  needs:                       # food for {FOOD_SHARE:.0%} of the affected people\n")
    for did, _, _, _, _, hub in DISTRICTS:
        w(f"    - {{at: {did}, item: food, kg_per_person_day: 0.555, from: {hub}, every: {NEEDS_EVERY_H}h, due: 1d, "
          f"priority: 1, affected_share: {num(FOOD_SHARE)}}}\n")
    w("  arrivals:                    # partner requests from each road hub to the districts it feeds\n")
    for hub in ROAD_HUBS:
        fed = [d[0] for d in DISTRICTS if d[5] == hub]
        for sid, partner, item, mean, sd, share, due, priority in STREAMS:
            w(f"    - {{id: {hub.split('_')[0].lower()}-{sid}, partner: {partner}, item: {item}, from: {hub}, "
              f"due: {due}, priority: {priority},\n")
            w(f"       t: {{lognormal: {{mean: {num(mean)}, sd: {num(sd)}}}}}, "
              f"every: {{exponential: {{mean: {mean_gap_minutes(hub, share)}m}}}},\n")
            w(f"       to: {destinations(fed, 11)}}}\n")
    w("    # by helicopter from Sukkur airport and by boat from the Dadu landing\n")
    for sid, partner, item, origin, to, mean, sd, gap, due, priority in OTHER_STREAMS:
        w(f"    - {{id: {sid}, partner: {partner}, item: {item}, from: {origin}, due: {due}, priority: {priority},\n")
        w(f"       t: {{lognormal: {{mean: {num(mean)}, sd: {num(sd)}}}}}, every: {{exponential: {{mean: {gap}}}}},\n")
        w(f"       to: {destinations(to, 11)}}}\n")
    w("\n")
    w("hazards:\n")
    w("  # The Indus Highway (N-55) under water between Sehwan and Dadu, and Dadu to Mehar, for weeks.\n")
    w("  - {link: SEHWAN-DADU-road, effect: closed, at: 0h, duration: {uniform: [10d, 25d]}}\n")
    w("  - {link: DADU-MEHAR-road, effect: closed, at: 0h, duration: {uniform: [7d, 20d]}}\n")
    w("  - {link: DADU-JOHI-road, effect: closed, at: 0h, duration: {uniform: [20d, 30d]}}\n")
    w("  - {link: MEHAR-KN_SHAH-road, effect: closed, at: 0h, duration: {uniform: [15d, 30d]}}\n")
    w("  # Jacobabad to Dera Allah Yar: the N-65 breached; Dera Murad Jamali to Sibi slowed by debris.\n")
    w("  - {link: JACOBABAD-JAFFARABAD-road, effect: closed, at: 0h, duration: {uniform: [5d, 15d]}}\n")
    w("  - {link: NASEERABAD-SIBI-road, effect: slowed, factor: 2, at: 0h, duration: {uniform: [5d, 15d]}}\n")
    w("  # Flood water slows the east-bank district roads for the first week or so.\n")
    w("  - {link: MIRPUR_KHAS-SANGHAR-road, effect: slowed, factor: 1.5, at: 0h, duration: {uniform: [3d, 10d]}}\n")
    w("  - {link: NAWABSHAH-SANGHAR-road, effect: slowed, factor: 1.5, at: 0h, duration: {uniform: [3d, 10d]}}\n")
    w("\n")
    w("breakdowns:\n")
    w("  - {mode: road, mtbf: 300h, repair: {lognormal: {mean: 24h, sd: 12h}}}\n")
    w("  - {fleet: mi17, mtbf: 150h, repair: {lognormal: {mean: 12h, sd: 6h}}}\n")
    w("  - {mode: water, mtbf: 200h, repair: {uniform: [6h, 24h]}}\n")
    w("\n")
    w("strategy:\n")
    w("  name: priority\n")


if __name__ == "__main__":
    main(sys.stdout)
