#!/usr/bin/env python3
"""Merges hyperfine JSON exports of the same commands, run in several rounds, into one export.

    merge_hyperfine.py OUT.json ROUND1.json ROUND2.json ...

Each command's runs are pooled across the rounds (times, user and system times, exit codes) and its statistics
recomputed, so the result reads like one hyperfine run whose runs were interleaved with the other commands'.
"""
import json
import statistics
import sys


def merge(exports):
    merged = {}
    for export in exports:
        for result in export["results"]:
            pooled = merged.setdefault(result["command"], {"command": result["command"], "times": [], "user": [],
                                                             "system": [], "exit_codes": []})
            pooled["times"] += result["times"]
            pooled["exit_codes"] += result.get("exit_codes", [])
            # hyperfine reports user and system time as means; weight them by the round's runs.
            pooled["user"] += [result["user"]] * len(result["times"])
            pooled["system"] += [result["system"]] * len(result["times"])
    results = []
    for pooled in merged.values():
        times = pooled["times"]
        results.append({
            "command": pooled["command"],
            "mean": statistics.mean(times),
            "stddev": statistics.stdev(times) if len(times) > 1 else None,
            "median": statistics.median(times),
            "user": statistics.mean(pooled["user"]),
            "system": statistics.mean(pooled["system"]),
            "min": min(times),
            "max": max(times),
            "times": times,
            "exit_codes": pooled["exit_codes"],
        })
    return {"results": results}


def main():
    out, inputs = sys.argv[1], sys.argv[2:]
    if not inputs:
        sys.exit("usage: merge_hyperfine.py OUT.json ROUND.json...")
    exports = []
    for path in inputs:
        with open(path) as f:
            exports.append(json.load(f))
    with open(out, "w") as f:
        json.dump(merge(exports), f, indent=2)


if __name__ == "__main__":
    main()
