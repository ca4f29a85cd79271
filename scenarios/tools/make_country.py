#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes scenarios/country/: the inputs of a country-scale scenario and the scenario itself, through `logisticssim import`.

Usage: python3 scenarios/tools/make_country.py [--logisticssim COMMAND]
       (COMMAND runs the tool, default `logisticssim`; e.g. "dotnet engine/LogisticsSim.Cli/bin/Release/net10.0/logisticssim.dll")

Three steps, each leaving its files in scenarios/country/:
  1. inputs/roads.geojson, inputs/places.csv and inputs/population.csv (HXL) are generated below;
  2. `logisticssim import` turns them into a network (snapping, collapsing, places, population): network.yaml;
  3. the network's placeholders (fleet, items, stock, needs, horizon) are replaced by the sections written here:
     mozambique-country.yaml.

What is real and what is synthetic, plainly:
  REAL (approximate, to about 0.01 degree, from general reference, not surveyed): the positions of the eleven provincial
  capitals of Mozambique, of five ports, five airports and three border crossings, and which capitals the main
  corridors join (EN1 along the coast, the Beira and Nacala corridors, the roads to Tete, Lichinga and Pemba).
  SYNTHETIC (drawn below from a fixed seed): every road's shape (straight corridors with random bends), the 150
  districts (names, codes, positions within a radius of their capital, population, people in need), their feeder
  and local roads, the sea lanes' bends, the air routes chosen, the fleet, stock, supply, demand and hazards.
  There is no internet here to fetch OpenStreetMap roads or OCHA's admin-2 population tables; with them, replace
  step 1 by the real files and keep steps 2 and 3.
Every number is written from the tables and the seed below, so the same command gives the same bytes.
"""
import argparse
import math
import os
import random
import re
import shlex
import subprocess
import sys

SEED = 20190314  # Idai's landfall
HORIZON_DAYS = 90
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "country")
INPUTS = os.path.join(OUT, "inputs")

# Provinces: capital hub id, name, lat, lon (real, approximate), districts (sum 150), radius of its districts in km (assumed).
PROVINCES = [
    ("MAPUTO", "Maputo City", -25.969, 32.573, 7, 20),
    ("MATOLA", "Maputo Province", -25.962, 32.459, 8, 70),
    ("XAI_XAI", "Gaza", -25.052, 33.644, 15, 160),
    ("INHAMBANE", "Inhambane", -23.865, 35.383, 14, 150),
    ("BEIRA", "Sofala", -19.844, 34.839, 13, 150),
    ("CHIMOIO", "Manica", -19.116, 33.483, 12, 140),
    ("TETE", "Tete", -16.156, 33.587, 13, 200),
    ("QUELIMANE", "Zambezia", -17.878, 36.888, 18, 180),
    ("NAMPULA", "Nampula", -15.117, 39.267, 20, 170),
    ("PEMBA", "Cabo Delgado", -12.974, 40.518, 17, 170),
    ("LICHINGA", "Niassa", -13.313, 35.240, 13, 200),
]

# Entry points (real, approximate): id, kind, name, lat, lon, the capital whose road reaches it, handling t/h (assumed).
ENTRIES = [
    ("MAPUTO_PORT", "port", "Maputo port", -25.975, 32.555, "MAPUTO", 200),
    ("BEIRA_PORT", "port", "Beira port", -19.826, 34.838, "BEIRA", 150),
    ("QUELIMANE_PORT", "port", "Quelimane port", -17.868, 36.878, "QUELIMANE", 40),
    ("NACALA_PORT", "port", "Nacala port", -14.540, 40.670, "NAMPULA", 120),
    ("PEMBA_PORT", "port", "Pemba port", -12.960, 40.500, "PEMBA", 40),
    ("MAPUTO_AIRPORT", "airport", "Maputo airport", -25.921, 32.573, "MAPUTO", 30),
    ("BEIRA_AIRPORT", "airport", "Beira airport", -19.796, 34.907, "BEIRA", 20),
    ("TETE_AIRPORT", "airport", "Tete airport", -16.105, 33.640, "TETE", 15),
    ("NAMPULA_AIRPORT", "airport", "Nampula airport", -15.106, 39.282, "NAMPULA", 20),
    ("PEMBA_AIRPORT", "airport", "Pemba airport", -12.991, 40.524, "PEMBA", 15),
    ("RESSANO_GARCIA", "border", "Ressano Garcia (South Africa)", -25.441, 31.993, "MATOLA", 60),
    ("MACHIPANDA", "border", "Machipanda (Zimbabwe)", -18.970, 32.730, "CHIMOIO", 40),
    ("ZOBUE", "border", "Zobue (Malawi)", -15.600, 34.430, "TETE", 40),
]

# Corridors between capitals (real pairs; synthetic shapes).
CORRIDORS = [("MAPUTO", "MATOLA"), ("MAPUTO", "XAI_XAI"), ("XAI_XAI", "INHAMBANE"), ("INHAMBANE", "BEIRA"),
             ("BEIRA", "CHIMOIO"), ("CHIMOIO", "TETE"), ("BEIRA", "QUELIMANE"), ("QUELIMANE", "NAMPULA"),
             ("NAMPULA", "PEMBA"), ("NAMPULA", "LICHINGA")]
SEA_LANE = ["MAPUTO_PORT", "BEIRA_PORT", "QUELIMANE_PORT", "NACALA_PORT", "PEMBA_PORT"]
HUB_STORAGE_T = 60000  # a provincial warehouse's capacity (assumed): room for its districts' 90 days of food and kits
SPURS_PER_DISTRICT = 3
BEND_KM = 15          # a vertex every ~15 km along generated roads, a random bend of up to a fifth of that sideways
SNAP_OFFSET_M = 3     # local roads start this far from their district's point, so that the import must snap them (tolerance 10 m)

# Calibration (assumed): what makes the response heavy but feasible, so that `priority` delivers about nine tenths of the
# tonnes. A first version (10-40% in need, 4 t shelter requests every 20 min per province from the ports) asked for
# ~7,000 t a day of a fleet that carried ~2,200, and delivered 0.31 of it. What limits trucks is trips, not tonnes: the
# rule sends a free truck at once, so a request that travels alone takes a truck for a whole trip. The needs of a
# district (food, nutrition, kits) fall due together every 12 h and share a truck; shelter comes from the district's hub
# too, so that it can ride along. See CAPACITY in the scenario's header for the arithmetic.
IN_NEED_LOW, IN_NEED_HIGH = 0.04, 0.12   # share of a district's people in need: ~8%, ~2 million in all (Idai: 1.85 million in four provinces)
RATION_KG = 0.555                        # WFP's full food basket, kg per person per day
NUTRITION_KG = 0.02                      # specialised nutritious food: 0.2 kg a day for the ~10% of them under five, pregnant or nursing
WASH_KG = 0.05                           # hygiene and water kits, kg per person per day
NEED_EVERY_H = 12                        # every need falls due every 12 h (the same instants, so a district's needs share a truck)
SHELTER_EVERY_MIN = 80                   # partners' shelter requests per province, mean minutes between two
SHELTER_T = 3                            # ... mean tonnes of one (about 120 households' kits), lognormal with sd half of it
COASTAL = [("MAPUTO_PORT", "BEIRA_PORT"), ("BEIRA_PORT", "QUELIMANE_PORT"), ("QUELIMANE_PORT", "NACALA_PORT"), ("NACALA_PORT", "PEMBA_PORT")]
COASTAL_T, COASTAL_EVERY_H = 40, 24      # shelter shuttled by boat to the next port up the coast: 40 t a day on each leg
SHIP_MARGIN = 1.25                       # a port's ships bring this multiple of what its coastal shuttle draws
TRUCK_TRIPS_PER_DAY = 2                  # a truck's round trips a day within its province (~2 x 100 km at 45 km/h, 2 h to load and unload, ~1 h queueing)
BOATS_PER_PORT = 4
AIR_STOCK_T = 1200                       # shelter pre-positioned at each airport: its helicopters' 90 days (8 requests of 1.5 t a day)

KM_PER_DEG = 6371.0088 * math.pi / 180


def offset(lat, lon, north_km, east_km):
    return lat + north_km / KM_PER_DEG, lon + east_km / (KM_PER_DEG * math.cos(math.radians(lat)))


def haversine(a, b):
    (la1, lo1), (la2, lo2) = a, b
    h = math.sin(math.radians(la2 - la1) / 2) ** 2 + math.cos(math.radians(la1)) * math.cos(math.radians(la2)) * math.sin(math.radians(lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def bent_line(rng, a, b):
    """From a to b with a vertex every ~BEND_KM, each pushed sideways at random: degree-2 vertices the import collapses."""
    n = max(1, int(haversine(a, b) // BEND_KM))
    points = [a]
    for i in range(1, n):
        t = i / n
        lat, lon = a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t
        points.append(offset(lat, lon, rng.uniform(-1, 1) * BEND_KM / 5, rng.uniform(-1, 1) * BEND_KM / 5))
    points.append(b)
    return points


def r6(p):
    return [round(p[1], 6), round(p[0], 6)]


class Roads:
    def __init__(self):
        self.features = []

    def add(self, points, **props):
        self.features.append((props, [r6(p) for p in points]))

    def write(self, path):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write('{"type": "FeatureCollection", "features": [\n')
            for i, (props, coords) in enumerate(self.features):
                p = ", ".join(f'"{k}": {v if isinstance(v, (int, float)) else chr(34) + v + chr(34)}' for k, v in props.items())
                f.write(f'{{"type": "Feature", "properties": {{{p}}}, "geometry": {{"type": "LineString", "coordinates": {coords}}}}}')
                f.write(",\n" if i < len(self.features) - 1 else "\n")
            f.write("]}\n")


def generate_inputs(rng):
    capitals = {p[0]: (p[2], p[3]) for p in PROVINCES}
    roads = Roads()
    trunk = []  # vertices of trunk roads, where feeders may join
    for a, b in CORRIDORS:
        line = bent_line(rng, capitals[a], capitals[b])
        roads.add(line, surface="paved")
        trunk.extend(line)
    for eid, kind, name, lat, lon, capital, _ in ENTRIES:
        roads.add(bent_line(rng, capitals[capital], (lat, lon)), surface="paved")
    lane = [next((e[3], e[4]) for e in ENTRIES if e[0] == pid) for pid in SEA_LANE]
    for a, b in zip(lane, lane[1:]):
        roads.add(bent_line(rng, a, offset(*b, 0, 0)), mode="water")

    districts = []
    for pid, province, plat, plon, count, radius in PROVINCES:
        joints = [p for p in trunk if haversine(p, (plat, plon)) < radius * 1.5] or [(plat, plon)]
        for k in range(count):
            angle, dist = rng.uniform(0, 2 * math.pi), radius * math.sqrt(rng.uniform(0.05, 1))
            at = offset(plat, plon, dist * math.cos(angle), dist * math.sin(angle))
            code = f"MZ{PROVINCES.index(next(p for p in PROVINCES if p[0] == pid)) + 1:02d}{k + 1:02d}"
            name = f"{province} {k + 1:02d}"
            population = int(round(math.exp(rng.gauss(math.log(150000), 0.5)), -2))
            in_need = int(round(population * rng.uniform(IN_NEED_LOW, IN_NEED_HIGH), -2))
            districts.append((name, code, pid, at, population, in_need))
            join = min(joints, key=lambda p: haversine(p, at))
            roads.add(bent_line(rng, join, at), surface="unpaved" if dist > radius / 2 else "paved")
            joints.append(at)
            for s in range(SPURS_PER_DISTRICT):
                a2 = rng.uniform(0, 2 * math.pi)
                start = offset(*at, SNAP_OFFSET_M / 1000 * math.cos(a2), SNAP_OFFSET_M / 1000 * math.sin(a2))
                fork = offset(*at, 8 * math.cos(a2), 8 * math.sin(a2))
                bend = offset(*at, 4 * math.cos(a2) + rng.uniform(-1, 1), 4 * math.sin(a2) + rng.uniform(-1, 1))
                roads.add([start, bend, fork, offset(*fork, 6 * math.cos(a2 - 0.6), 6 * math.sin(a2 - 0.6))], surface="unpaved", speed_kmh=30)
                roads.add([fork, offset(*fork, 6 * math.cos(a2 + 0.6), 6 * math.sin(a2 + 0.6))], surface="unpaved", speed_kmh=30)
    # Two tracks joined to nothing, as real extracts have: the import lists them as components and keeps them.
    for lat, lon in [(-21.5, 33.2), (-14.0, 37.5)]:
        roads.add(bent_line(rng, (lat, lon), offset(lat, lon, 20, 10)), surface="unpaved")
    # Air routes: from each airport to the three districts of its province farthest from the capital.
    air = []
    for eid, kind, name, lat, lon, capital, _ in ENTRIES:
        if kind != "airport":
            continue
        far = sorted((d for d in districts if d[2] == capital), key=lambda d: -haversine(d[3], capitals[capital]))[:3]
        for d in far:
            roads.add([(lat, lon), d[3]], mode="air")
            air.append((eid, d))
    os.makedirs(INPUTS, exist_ok=True)
    roads.write(os.path.join(INPUTS, "roads.geojson"))
    with open(os.path.join(INPUTS, "places.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("id,name,kind,lat,lon,storage_t,handling_tph\n")
        for pid, province, lat, lon, _, _ in PROVINCES:
            f.write(f"{pid}_HUB,{province} hub,hub,{lat},{lon},{HUB_STORAGE_T},100\n")
        for eid, kind, name, lat, lon, _, tph in ENTRIES:
            f.write(f"{eid},{name},{kind},{lat},{lon},,{tph}\n")
    with open(os.path.join(INPUTS, "population.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("District,P-code,Province,Population,People in need,Latitude,Longitude\n")
        f.write("#adm2+name,#adm2+code,#adm1+name,#population,#inneed,#geo+lat,#geo+lon\n")
        for name, code, pid, (lat, lon), population, in_need in districts:
            province = next(p[1] for p in PROVINCES if p[0] == pid)
            f.write(f"{name},{code},{province},{population},{in_need},{lat:.6f},{lon:.6f}\n")
    return districts, air, len(roads.features)


def run_import(command):
    args = shlex.split(command) + ["import", "--roads", os.path.join(INPUTS, "roads.geojson"), "--places", os.path.join(INPUTS, "places.csv"),
                                   "--population", os.path.join(INPUTS, "population.csv"), "--snap-tolerance", "10",
                                   "--name", "Mozambique, country scale", "--out", os.path.join(OUT, "network.yaml")]
    # Relative paths, so that the files' comments do not name this machine's folders.
    root = os.path.normpath(os.path.join(HERE, "..", ".."))
    args = [os.path.relpath(a, root) if os.path.isabs(a) and a.startswith(root) else a for a in args]
    done = subprocess.run(args, cwd=root, capture_output=True, text=True)
    sys.stderr.write(done.stderr)
    if done.returncode != 0:
        sys.exit(f"import failed ({done.returncode}): {done.stdout}")
    with open(os.path.join(OUT, "network.yaml"), encoding="utf-8") as f:
        return f.read()


LINK = re.compile(r"^    - \{(?:id: (?P<id>[^,]+), )?from: (?P<from>[^,]+), to: (?P<to>[^,]+), mode: (?P<mode>\w+), km: (?P<km>[0-9.]+)")
NODE = re.compile(r"^    - \{id: (?P<id>[^,]+), kind: (?P<kind>\w+),.*? lat: (?P<lat>[-0-9.]+), lon: (?P<lon>[-0-9.]+)")


def compose(network, districts, air, rng):
    lines = network.split("\n")
    nodes = {m["id"]: (m["kind"], float(m["lat"]), float(m["lon"])) for m in map(NODE.match, lines) if m}
    links = [m.groupdict() for m in map(LINK.match, lines) if m]
    cut = lines.index(next(l for l in lines if l.startswith("fleet:")))
    # import's header stays, but for its lines about placeholders: they are replaced below.
    head = [l for l in lines[:cut] if not l.startswith("horizon:") and "PLACEHOLDERS" not in l and not l.startswith("# Covers: the road network")]
    head = [l.replace('description: "Imported from', 'description: "Generated, imported from') for l in head]
    head.insert(head.index("seed: 1"), f"horizon: {HORIZON_DAYS}d")
    head[head.index("seed: 1")] = f"seed: {SEED}"
    ids = {d[1]: re.sub(r"[^A-Za-z0-9]+", "_", d[0]).strip("_").upper() for d in districts}
    out = []
    w = out.append
    hubs = [p[0] + "_HUB" for p in PROVINCES]
    # Fleet: 300 vehicles. Trucks at each provincial hub in proportion to its districts; boats at ports; helicopters at airports.
    w("fleet:")
    trucks = payload = 0
    for pid, _, _, _, count, _ in PROVINCES:
        n10, n20 = count + 5, count // 3 + 1
        trucks += n10 + n20
        payload += 10 * n10 + 20 * n20
        w(f"  - {{id: {pid.lower()}-truck10, mode: road, count: {n10}, base: {pid}_HUB, payload_t: 10, volume_m3: 40, kmh: 45, load_time: 1h, unload_time: 1h, cost_per_km: 1.5}}")
        w(f"  - {{id: {pid.lower()}-truck20, mode: road, count: {n20}, base: {pid}_HUB, payload_t: 20, volume_m3: 70, kmh: 40, load_time: 90m, unload_time: 90m, cost_per_km: 2.2}}")
    boats = 0
    for port in SEA_LANE:
        boats += BOATS_PER_PORT
        w(f"  - {{id: {port.lower().replace('_', '-')}-boat, mode: water, count: {BOATS_PER_PORT}, base: {port}, payload_t: 200, kmh: 18, load_time: 6h, unload_time: 6h, cost_per_hour: 300}}")
    airports = [e[0] for e in ENTRIES if e[1] == "airport"]
    helis = 300 - trucks - boats
    per = [helis // len(airports) + (1 if i < helis % len(airports) else 0) for i in range(len(airports))]
    for a, n in zip(airports, per):
        w(f"  - {{id: {a.lower().replace('_', '-')}-heli, mode: air, count: {n}, base: {a}, payload_t: 3, volume_m3: 20, kmh: 200, load_time: 30m, unload_time: 30m, cost_per_hour: 4000}}")
    w("")
    w("items:")
    w("  - {id: food, name: Food basket, t_per_m3: 0.6}")
    w("  - {id: wash, name: Hygiene and water kits, t_per_m3: 0.3}")
    w("  - {id: shelter, name: Shelter kits, t_per_m3: 0.25}")
    w("  - {id: nutrition, name: Specialised nutritious food, t_per_m3: 0.6}")
    w("")
    # Stock: each hub holds its districts' food and kits for the whole horizon (pre-positioned, assumed); ports and
    # airports hold what their streams draw, topped up by supply.
    w("stock:")
    need_of = {}
    for name, code, pid, at, population, in_need in districts:
        need_of.setdefault(pid, 0)
        need_of[pid] += in_need
    shelter_per_day = 24 * 60 / SHELTER_EVERY_MIN * SHELTER_T  # per province
    def days90(tonnes_per_day):
        return math.ceil(tonnes_per_day * HORIZON_DAYS / 100) * 100
    for pid, _, _, _, count, _ in PROVINCES:
        w(f"  - {{at: {pid}_HUB, item: food, t: {days90(need_of[pid] * RATION_KG / 1000)}}}")
        w(f"  - {{at: {pid}_HUB, item: nutrition, t: {days90(need_of[pid] * NUTRITION_KG / 1000)}}}")
        w(f"  - {{at: {pid}_HUB, item: wash, t: {days90(need_of[pid] * WASH_KG / 1000)}}}")
        w(f"  - {{at: {pid}_HUB, item: shelter, t: {days90(shelter_per_day * 1.1)}}}")
    draw = {a: COASTAL_T * 24 / COASTAL_EVERY_H for a, _ in COASTAL}
    for e in ENTRIES:
        if e[1] == "port":
            w(f"  - {{at: {e[0]}, item: shelter, t: 500}}")
        elif e[1] == "airport":
            w(f"  - {{at: {e[0]}, item: shelter, t: {AIR_STOCK_T}}}")
    w("")
    w(f"supply:                         # every 10 days a ship brings {SHIP_MARGIN} times what the port's coastal shuttle draws in 10 days")
    for e in ENTRIES:
        if e[1] == "port" and e[0] in draw:
            w(f"  - {{id: {e[0].lower()}-ship, at: {e[0]}, item: shelter, t: {math.ceil(draw[e[0]] * 10 * SHIP_MARGIN / 100) * 100}, arrival: {{uniform: [2d, 6d]}}, every: 10d}}")
        elif e[1] == "border":
            w(f"  - {{id: {e[0].lower()}-convoy, at: {e[0]}, item: food, t: 400, arrival: {{uniform: [1d, 3d]}}, every: 3d}}")
    w("")
    w("demand:")
    w(f"  needs:                         # every district, from its provincial hub every {NEED_EVERY_H} h: a WFP ration, nutritious food and hygiene kits for its people in need")
    for name, code, pid, at, population, in_need in districts:
        d = ids[code]
        w(f"    - {{id: {d.lower()}-food, at: {d}, item: food, kg_per_person_day: {RATION_KG}, from: {pid}_HUB, population: {in_need}, every: {NEED_EVERY_H}h, due: 2d, priority: 1}}")
        w(f"    - {{id: {d.lower()}-nutrition, at: {d}, item: nutrition, kg_per_person_day: {NUTRITION_KG}, from: {pid}_HUB, population: {in_need}, every: {NEED_EVERY_H}h, due: 2d, priority: 1}}")
        w(f"    - {{id: {d.lower()}-wash, at: {d}, item: wash, kg_per_person_day: {WASH_KG}, from: {pid}_HUB, population: {in_need}, every: {NEED_EVERY_H}h, due: 3d, priority: 2}}")
    w(f"  arrivals:                      # partners' requests: shelter from the provincial hub, every {SHELTER_EVERY_MIN} min on average per province; by air to remote districts; by boat up the coast")
    for pid, *_ in PROVINCES:
        to = ", ".join(ids[d[1]] for d in districts if d[2] == pid)
        w(f"    - {{id: {pid.lower()}-shelter, partner: IOM, item: shelter, from: {pid}_HUB, to: [{to}], t: {{lognormal: {{mean: {SHELTER_T}, sd: {SHELTER_T / 2}}}}}, every: {{exponential: {{mean: {SHELTER_EVERY_MIN}m}}}}, due: 4d, priority: 2}}")
    for a in airports:
        to = ", ".join(ids[d[1]] for eid, d in air if eid == a)
        w(f"    - {{id: {a.lower()}-air, partner: WFP, item: shelter, from: {a}, to: [{to}], t: {{uniform: [0.5, 2.5]}}, every: {{exponential: {{mean: 3h}}}}, due: 1d, priority: 1}}")
    for a, b in COASTAL:
        w(f"    - {{id: coastal-{a.lower().replace('_', '-')}, partner: IOM, item: shelter, from: {a}, to: [{b}], t: {{uniform: [{COASTAL_T // 2}, {COASTAL_T * 3 // 2}]}}, every: {{exponential: {{mean: {COASTAL_EVERY_H}h}}}}, due: 8d, priority: 2}}")
    w("")
    # Hazards: a cyclone at Beira (roads around it closed or slowed, the port at half capacity, a hub's stock damaged,
    # needs up in Sofala) and floods in Zambezia and Gaza.
    w("hazards:")
    def near(centre, km, mode="road"):
        c = nodes[centre][1:]
        return [l for l in links if l["mode"] == mode and haversine(nodes[l["from"]][1:], c) < km and haversine(nodes[l["to"]][1:], c) < km]
    def ref(l):
        return l["id"] or f"{l['from']}-{l['to']}-{l['mode']}"
    for l in near("BEIRA_HUB", 60)[:12]:
        w(f"  - {{link: {ref(l)}, effect: closed, at: {{uniform: [0h, 12h]}}, duration: {{uniform: [3d, 10d]}}, probability: 0.8}}")
    for l in near("BEIRA_HUB", 150)[12:40]:
        w(f"  - {{link: {ref(l)}, effect: slowed, factor: 1.8, at: 0h, duration: {{triangular: [5d, 10d, 20d]}}, probability: 0.7}}")
    for centre in ("QUELIMANE_HUB", "XAI_XAI_HUB"):
        for l in near(centre, 80)[:10]:
            w(f"  - {{link: {ref(l)}, effect: closed, at: {{uniform: [10d, 30d]}}, duration: {{uniform: [2d, 7d]}}, probability: 0.5}}")
    w("  - {node: BEIRA_PORT, effect: capacity, factor: 0.5, at: 0h, duration: {uniform: [5d, 15d]}}")
    w("  - {node: BEIRA_HUB, effect: stock_loss, share: 0.2, at: 0h, probability: 0.6}")
    for name, code, pid, *_ in districts:
        if pid == "BEIRA":
            w(f"  - {{node: {ids[code]}, effect: demand_surge, factor: 1.5, at: 0h, duration: 14d}}")
    w("")
    w("breakdowns:")
    w("  - {mode: road, mtbf: 400h, repair: {lognormal: {mean: 24h, sd: 12h}}}")
    w("  - {mode: air, mtbf: 300h, repair: {lognormal: {mean: 12h, sd: 6h}}}")
    w("")
    w("strategy: priority")
    people = sum(d[5] for d in districts)
    food, nutrition, wash = (people * kg / 1000 for kg in (RATION_KG, NUTRITION_KG, WASH_KG))
    shelter = shelter_per_day * len(PROVINCES)
    tonnes = food + nutrition + wash + shelter
    trips = len(districts) * 24 / NEED_EVERY_H + len(PROVINCES) * 24 * 60 / SHELTER_EVERY_MIN
    arithmetic = [
        f"# CAPACITY (rough, per day): by road {food:,.0f} t food + {nutrition:,.0f} t nutrition + {wash:,.0f} t kits + {shelter:,.0f} t shelter",
        f"#   = {tonnes:,.0f} t, for {people:,} people in need ({COASTAL_T * len(COASTAL)} t more by boat, ~60 t by helicopter). Trucks: {trucks} x {payload / trucks:.1f} t",
        f"#   x {TRUCK_TRIPS_PER_DAY} round trips = {payload * TRUCK_TRIPS_PER_DAY:,.0f} t ({100 * tonnes / (payload * TRUCK_TRIPS_PER_DAY):.0f}% used) and {trucks * TRUCK_TRIPS_PER_DAY:,} trips; at most {trips:,.0f} trips",
        f"#   are asked for ({len(districts)} districts x {24 // NEED_EVERY_H} + one per shelter request; fewer when shelter rides with needs):",
        f"#   {100 * trips / (trucks * TRUCK_TRIPS_PER_DAY):.0f}% of the trips, before breakdowns, closures, slowdowns and the surge at Beira.",
    ]
    return head, out, links, trucks, boats, helis, arithmetic


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--logisticssim", default="logisticssim", help="how to run the tool")
    args = parser.parse_args()
    rng = random.Random(SEED)
    districts, air, features = generate_inputs(rng)
    network = run_import(args.logisticssim)
    head, body, links, trucks, boats, helis, arithmetic = compose(network, districts, air, rng)
    node_count = sum(1 for l in head if l.startswith("    - {id:"))
    needs = len(districts) * 3 * HORIZON_DAYS * 24 // NEED_EVERY_H
    streams = (len(PROVINCES) * HORIZON_DAYS * 24 * 60 // SHELTER_EVERY_MIN + len([e for e in ENTRIES if e[1] == "airport"]) * HORIZON_DAYS * 8
               + len(COASTAL) * HORIZON_DAYS * 24 // COASTAL_EVERY_H)
    top = [
        "# Scenario: Mozambique at country scale, written by scenarios/tools/make_country.py: its inputs (inputs/) are generated",
        "# and imported with `logisticssim import` (the header below is import's), then fleet, stock, supply, demand and hazards",
        "# are added. Do not edit: edit the script and run it again.",
        "# Covers: 11 provinces, 150 districts, 11 hubs, 5 ports, 5 airports, 3 border crossings; "
        f"{node_count} nodes, {len(links)} links;",
        f"# 300 vehicles ({trucks} trucks, {boats} boats, {helis} helicopters); {HORIZON_DAYS} days; about {needs + streams:,} requests per replication",
        f"# ({needs:,} from needs, about {streams:,} from streams); a cyclone at Beira and floods in Zambezia and Gaza.",
        "# REAL (approximate positions, general reference): the provincial capitals, ports, airports, border crossings and",
        "# which capitals the corridors join. SYNTHETIC (fixed seed): every road's shape, the districts (names, codes,",
        "# positions, population, people in need), local roads, air routes, fleet, stock, supply, demand and hazards.",
        f"# Assumptions: {100 * IN_NEED_LOW:.0f}-{100 * IN_NEED_HIGH:.0f}% of a district's people in need; hubs hold their districts' food, nutrition, kits",
        f"# and shelter for the 90 days at time zero; per person in need per day {RATION_KG} kg of food, {NUTRITION_KG} kg of nutritious food and",
        f"# {WASH_KG} kg of hygiene kits, due together every {NEED_EVERY_H} h; partners' shelter requests of ~{SHELTER_T} t every {SHELTER_EVERY_MIN} min per province;",
        "# shelter pre-positioned at airports for the helicopters; boats shuttle shelter up the coast, ships resupply the ports.",
    ] + arithmetic + ["#"]
    with open(os.path.join(OUT, "mozambique-country.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(top + head + body) + "\n")
    print(f"{features} road features; {node_count} nodes, {len(links)} links; about {needs + streams:,} requests", file=sys.stderr)


if __name__ == "__main__":
    main()
