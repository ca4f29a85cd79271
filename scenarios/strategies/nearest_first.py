#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Covers: a strategy in Python for `--strategy exec:"python3 scenarios/strategies/nearest_first.py"`.

Most urgent request first (priority, then due time); each is served by the available vehicle that
reaches its origin soonest, loaded as full as its payload, volume and the stock allow. The protocol:
one JSON snapshot per line on standard input, one JSON answer per line on standard output
(scenarios/strategies/README.md has the schema). Standard library only.
"""
import json
import sys


def decide(snapshot):
    travel = snapshot["travel_h"]
    free = [v for v in snapshot["vehicles"] if v["available"]]
    decisions = []
    for r in sorted(snapshot["requests"], key=lambda r: (r["priority"], r["due_h"], r["ready_h"], r["id"])):
        best = None
        for v in free:
            hours = travel.get(v["type"], {})
            reach = hours.get(v["location"], {}).get(r["from"])
            trip = hours.get(r["from"], {}).get(r["to"])
            if reach is None or trip is None:
                continue  # no open path for this vehicle's mode now
            if best is None or (reach, v["id"]) < best[0]:
                best = ((reach, v["id"]), v)
        if best is None:
            continue
        v = best[1]
        tonnes = min(r["tonnes"], v["payload_t"])
        if r["stock_t"] is not None:
            tonnes = min(tonnes, r["stock_t"])
        if v["volume_m3"] is not None and r["m3_per_t"] > 0:
            tonnes = min(tonnes, v["volume_m3"] / r["m3_per_t"])
        if tonnes <= 1e-6:
            continue
        part = {"request": r["id"], "tonnes": tonnes}
        decisions.append({"vehicle": v["id"], "stops": [
            {"node": r["from"], "load": [part]},
            {"node": r["to"], "unload": [part]},
        ]})
        free.remove(v)
        if r["stock_t"] is not None:
            r["stock_t"] -= tonnes
    return {"decisions": decisions}


def main():
    for line in sys.stdin:  # the engine closes standard input at the end of the run
        print(json.dumps(decide(json.loads(line))), flush=True)


if __name__ == "__main__":
    main()
