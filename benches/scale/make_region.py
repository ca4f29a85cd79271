#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes a synthetic region for the engine's scale benchmark (issue 16): how the time per request grows as
fleet and demand grow together, and as demand alone grows past what the fleet can carry.

Usage: python3 benches/scale/make_region.py --scale K --demand D > region.yaml

Everything here is synthetic and deterministic (no randomness in the script; the scenario's own seed draws
the requests). The base region (K = 1): 400 places on a jittered 20 x 20 grid about 12 km apart, roads between
grid neighbours, 4 hubs, 40 districts, 80 trucks of two kinds and 4 helicopters, 30 days. Partner streams run
from each hub to its 10 nearest districts; D scales their rates. D = 1 is about 36,500 requests a replication,
about what the fleet carries (the road fleet 99% busy, 95% of the tonnes delivered under the priority rule);
D = 4 is four times that, far past it. K multiplies the region: K times the
places, hubs, districts, vehicles and streams, laid side by side without roads between them, so fleet and
demand grow together and each block's load stays that of K = 1. (With roads between the blocks the priority
rule sends a truck freed in one block to the most urgent request in any other, and a third of the fleet's
time goes on the way there: that measures the rule, not the engine.)
Stock is ample: the fleet, not supply, is the limit.
"""
import argparse
import math
import sys

GRID = 20          # places per side of one block
SPACING = 0.11     # degrees between grid places (about 12 km)
HUBS = [(3, 3), (3, 16), (16, 3), (16, 16)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=int, default=1, help="blocks side by side (fleet and demand grow together)")
    ap.add_argument("--demand", type=float, default=1.0, help="multiplier of the partner streams' rates")
    ap.add_argument("--days", type=int, default=30)
    a = ap.parse_args()
    w = sys.stdout.write
    w(f"# A synthetic region for the scale benchmark: scale {a.scale}, demand x{a.demand:g}, {a.days} days.\n")
    w("# Written by benches/scale/make_region.py; every place, road and number is synthetic.\n")
    w(f"scenario: {{name: region-k{a.scale}-d{a.demand:g}, description: \"Synthetic scale benchmark region\"}}\n")
    w(f"horizon: {a.days}d\nseed: 16\n\nnetwork:\n  detour: 1.3\n  nodes:\n")
    links = []
    districts_of_hub = {}
    for b in range(a.scale):
        lon0 = 30.0 + b * (GRID + 1) * SPACING
        def nid(i, j):
            return f"B{b}P{i:02d}{j:02d}"
        for i in range(GRID):
            for j in range(GRID):
                # A fixed jitter from the indices, so the grid is not too regular and the output stays the same bytes.
                jlat = ((i * 7 + j * 13) % 11 - 5) * 0.008
                jlon = ((i * 11 + j * 5) % 13 - 6) * 0.008
                lat, lon = -15.0 + i * SPACING + jlat, lon0 + j * SPACING + jlon
                if (i, j) in HUBS:
                    w(f"    - {{id: B{b}HUB{HUBS.index((i, j))}, kind: hub, lat: {lat:.4f}, lon: {lon:.4f}, handling_tph: 200}}\n")
                elif (i * GRID + j) % 10 == 5:
                    w(f"    - {{id: {nid(i, j)}, kind: district, lat: {lat:.4f}, lon: {lon:.4f}, population: 20000}}\n")
                else:
                    w(f"    - {{id: {nid(i, j)}, kind: district, lat: {lat:.4f}, lon: {lon:.4f}}}\n")
        def name(i, j):
            return f"B{b}HUB{HUBS.index((i, j))}" if (i, j) in HUBS else nid(i, j)
        for i in range(GRID):
            for j in range(GRID):
                if j + 1 < GRID:
                    links.append((name(i, j), name(i, j + 1)))
                if i + 1 < GRID:
                    links.append((name(i, j), name(i + 1, j)))
        for h, (hi, hj) in enumerate(HUBS):
            ds = sorted(((i, j) for i in range(GRID) for j in range(GRID) if (i * GRID + j) % 10 == 5 and (i, j) not in HUBS),
                        key=lambda p: (abs(p[0] - hi) + abs(p[1] - hj), p))[:10]
            districts_of_hub[f"B{b}HUB{h}"] = [nid(i, j) for i, j in ds]
            links.append((f"B{b}HUB{h}", f"B{b}AIR{h}"))
    # Airports beside the hubs, for the helicopters.
    for b in range(a.scale):
        lon0 = 30.0 + b * (GRID + 1) * SPACING
        for h, (hi, hj) in enumerate(HUBS):
            w(f"    - {{id: B{b}AIR{h}, kind: airport, lat: {-15.0 + hi * SPACING + 0.02:.4f}, lon: {lon0 + hj * SPACING + 0.02:.4f}}}\n")
    w("  links:\n")
    for f, t in links:
        w(f"    - {{from: {f}, to: {t}, mode: road}}\n")
    for hub, ds in districts_of_hub.items():
        air = hub.replace("HUB", "AIR")
        for d in ds[:3]:
            w(f"    - {{from: {air}, to: {d}, mode: air}}\n")
    w("\nfleet:\n")
    for b in range(a.scale):
        for h in range(len(HUBS)):
            w(f"  - {{id: t10_b{b}h{h}, mode: road, count: 12, base: B{b}HUB{h}, payload_t: 10, volume_m3: 40, kmh: 45, load_time: 1h, unload_time: 1h, cost_per_km: 1.5}}\n")
            w(f"  - {{id: t20_b{b}h{h}, mode: road, count: 8, base: B{b}HUB{h}, payload_t: 20, volume_m3: 70, kmh: 50, load_time: 2h, unload_time: 90m, cost_per_km: 2.2}}\n")
            w(f"  - {{id: heli_b{b}h{h}, mode: air, count: 1, base: B{b}AIR{h}, payload_t: 3, volume_m3: 20, kmh: 200, load_time: 45m, unload_time: 30m, cost_per_hour: 4000}}\n")
    w("\nitems:\n  - {id: food, t_per_m3: 0.6}\n  - {id: shelter, t_per_m3: 0.25}\n  - {id: health, t_per_m3: 0.25}\n")
    w("\nstock:\n")
    for b in range(a.scale):
        for h in range(len(HUBS)):
            for item in ("food", "shelter", "health"):
                w(f"  - {{at: B{b}HUB{h}, item: {item}, t: 1000000}}\n")
            w(f"  - {{at: B{b}AIR{h}, item: health, t: 100000}}\n")
    w("\ndemand:\n  arrivals:\n")
    # Per hub at D = 1: food every 10 min, shelter every 15 min, health every 30 min, and air-lifted health every 90 min.
    for hub, ds in districts_of_hub.items():
        to = ", ".join(ds)
        for item, mean_min, t, due, prio in (("food", 10, 3, "3d", 2), ("shelter", 15, 2, "4d", 3), ("health", 30, 0.5, "2d", 1)):
            w(f"    - {{id: {hub.lower()}-{item}, item: {item}, from: {hub}, due: {due}, priority: {prio}, "
              f"t: {{lognormal: {{mean: {t}, sd: {t / 2:g}}}}}, every: {{exponential: {{mean: {mean_min / a.demand:.2f}m}}}}, to: [{to}]}}\n")
        air = hub.replace("HUB", "AIR")
        w(f"    - {{id: {air.lower()}-health, item: health, from: {air}, due: 1d, priority: 1, "
          f"t: {{lognormal: {{mean: 0.5, sd: 0.25}}}}, every: {{exponential: {{mean: {90 / a.demand:.2f}m}}}}, to: [{', '.join(ds[:3])}]}}\n")
    w("\nhazards:\n")
    for b in range(a.scale):
        w(f"  - {{link: B{b}P0506-B{b}P0507-road, effect: closed, at: {{uniform: [0h, 5d]}}, duration: {{uniform: [2d, 6d]}}, probability: 0.8}}\n")
        w(f"  - {{node: B{b}HUB0, effect: capacity, factor: 0.5, at: 0h, duration: 3d}}\n")
    w("\nbreakdowns:\n  - {mode: road, mtbf: 300h, repair: 8h}\n")


if __name__ == "__main__":
    main()
