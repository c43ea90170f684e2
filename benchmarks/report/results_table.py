#!/usr/bin/env python3
"""Turns the benchmark results (JMH JSON, hyperfine JSON, heap JSON) into Markdown tables.

Writes RESULTS.md beside the results and replaces the text between the markers
<!-- benchmarks:start --> and <!-- benchmarks:end --> in the README. Every ratio compares a measurement with its
baseline from the same run, since on a shared, noisy machine only those ratios are comparable between runs.
RESULTS.md carries the whole of NOTES.md; the README only what stands above its line <!-- run log -->, with a
link to the rest (the command of every run, and what each comparison before and after a change read).

    results_table.py --results benchmarks/results --readme README.md --command "benchmarks/run.sh" \
        --machine "2 cores, ..."
"""
import argparse
import glob
import json
import os
import re

START, END = "<!-- benchmarks:start -->", "<!-- benchmarks:end -->"
RUN_LOG = "<!-- run log -->"


# ------------------------------------------------------------------------------------------------ formatting

def fmt_time(ns):
    if ns is None:
        return "—"
    if ns < 1_000:
        return f"{ns:.1f} ns" if ns < 100 else f"{ns:.0f} ns"
    if ns < 1_000_000:
        return f"{ns / 1_000:.2f} µs" if ns < 10_000 else f"{ns / 1_000:.1f} µs"
    if ns < 1_000_000_000:
        return f"{ns / 1_000_000:.2f} ms" if ns < 10_000_000 else f"{ns / 1_000_000:.1f} ms"
    return f"{ns / 1_000_000_000:.2f} s"


def fmt_bytes(b):
    if b is None:
        return "—"
    return f"{b:.0f} B" if b < 10_240 else f"{b / 1024:.0f} KiB"


def fmt_ratio(subject, baseline):
    if subject is None or baseline is None or baseline == 0:
        return "—"
    return f"{subject / baseline:.2f}×"


def verdict(value):
    return {True: "met", False: "**not met**", None: "—"}.get(value, value)


# ------------------------------------------------------------------------------------------------ JMH results

class Jmh:
    """JMH results by (class.method, catalog, kind)."""

    UNIT_NS = {"ns/op": 1, "us/op": 1_000, "ms/op": 1_000_000, "s/op": 1_000_000_000}

    def __init__(self, files):
        self.rows = {}
        for path in files:
            with open(path) as f:
                for r in json.load(f):
                    name = ".".join(r["benchmark"].split(".")[-2:])
                    params = r.get("params", {})
                    # The third key part tells variants apart: a fuzzy query kind, or the writer's pause.
                    variant = params.get("kind") or (f"pause={params['writerPause']}" if "writerPause" in params
                                                     else None)
                    key = (name, params.get("catalog"), variant)
                    scale = self.UNIT_NS[r["primaryMetric"]["scoreUnit"]]
                    sec = r.get("secondaryMetrics", {})
                    alloc = sec.get("gc.alloc.rate.norm", {}).get("score")
                    self.rows[key] = self.entry(r["primaryMetric"], scale, alloc)
                    # Group benchmarks also report each thread's method on its own.
                    for metric, value in sec.items():
                        if metric in ("reader", "writer", "readerAlone"):
                            self.rows[(name.split(".")[0] + "." + metric, params.get("catalog"), variant)] = (
                                self.entry(value, self.UNIT_NS.get(value["scoreUnit"], 1), alloc))

    @staticmethod
    def entry(metric, scale, alloc):
        """Mean (JMH's score), its error, and the median of the measurement iterations of every fork, in ns."""
        median = metric.get("scorePercentiles", {}).get("50.0")
        return {"score": metric["score"] * scale, "error": metric["scoreError"] * scale,
                "median": median * scale if median is not None else None, "alloc": alloc}

    def get(self, name, catalog, kind=None):
        return self.rows.get((name, catalog, kind))

    def catalogs(self):
        order = ["builtin", "1k", "10k", "50k"]
        present = {k[1] for k in self.rows}
        return [c for c in order if c in present]


def zero_alloc(s):
    return s["alloc"] is not None and s["alloc"] < 1


# (label, subject, baseline, target text, check(subject, baseline, catalog) -> True/False/None)
LOOKUP_ROWS = [
    ("exact-id hit", "LookupBenchmark.findExactHit", "LookupBenchmark.baselineHashMapHit",
     "0 B/op, ≤ 1.5× HashMap.get",
     lambda s, b, c: zero_alloc(s) and s["score"] <= 1.5 * b["score"]),
    ("exact-id hit, an equal copy of the id (as a request's JSON hands it over)", "LookupBenchmark.findExactHitCopy",
     "LookupBenchmark.baselineHashMapHitCopy", "0 B/op, ≤ 1.5× HashMap.get",
     lambda s, b, c: zero_alloc(s) and s["score"] <= 1.5 * b["score"]),
    ("alias hit", "LookupBenchmark.findAliasHit", "LookupBenchmark.baselineHashMapAliasHit",
     "0 B/op, ≤ 1.5× HashMap.get",
     lambda s, b, c: zero_alloc(s) and s["score"] <= 1.5 * b["score"]),
    ("unknown id (miss)", "LookupBenchmark.findMiss", "LookupBenchmark.baselineHashMapMiss", "—",
     lambda s, b, c: None),
    ("normalized hit `GPT_4O` style, a spelling seen before", "LookupBenchmark.findNormalizedUpperSnake",
     "LookupBenchmark.baselineNormalizeThenGetUpperSnake", "< 120 ns and 0 B/op at 10k",
     lambda s, b, c: (s["score"] < 120 and zero_alloc(s)) if c == "10k" else None),
    ("normalized hit `GPT_4O` style, first sighting (registry remembering no spellings)",
     "LookupBenchmark.findNormalizedUpperSnakeUnremembered",
     "LookupBenchmark.baselineNormalizeThenGetUpperSnake", "< 120 ns and 0 B/op at 10k",
     lambda s, b, c: (s["score"] < 120 and zero_alloc(s)) if c == "10k" else None),
    ("normalized hit `Org/Mixed-Case.1-8B` style, a spelling seen before",
     "LookupBenchmark.findNormalizedPathMixedCase",
     "LookupBenchmark.baselineNormalizeThenGetPathMixedCase", "< 120 ns and 0 B/op at 10k",
     lambda s, b, c: (s["score"] < 120 and zero_alloc(s)) if c == "10k" else None),
    ("normalized hit `Org/Mixed-Case.1-8B` style, first sighting (registry remembering no spellings)",
     "LookupBenchmark.findNormalizedPathMixedCaseUnremembered",
     "LookupBenchmark.baselineNormalizeThenGetPathMixedCase", "< 120 ns and 0 B/op at 10k",
     lambda s, b, c: (s["score"] < 120 and zero_alloc(s)) if c == "10k" else None),
    ("query: one capability, repeated (the registry's cache of recent answers)", "QueryBenchmark.listSingleCapability",
     "QueryBenchmark.baselineStreamSingleCapability", "< 50 ns",
     lambda s, b, c: s["score"] < 50),
    ("query: 3 required + 1 excluded, repeated (the same cache)", "QueryBenchmark.listThreeRequiredOneExcluded",
     "QueryBenchmark.baselineStreamThreeRequiredOneExcluded", "< 2 µs at 10k (+ result copying)",
     lambda s, b, c: (s["score"] < 2_000) if c == "10k" else None),
    ("query: 3 required + 1 excluded, the bit sets' AND and AND-NOT alone (before the answer is copied out)",
     "CandidatesBenchmark.threeRequiredOneExcluded", "QueryBenchmark.baselineStreamThreeRequiredOneExcluded",
     "< 2 µs at 10k (+ result copying)", lambda s, b, c: (s["score"] < 2_000) if c == "10k" else None),
    ("query: one capability, not cached (context floor changes every call)",
     "QueryBenchmark.listSingleCapabilityUncached", "QueryBenchmark.baselineStreamSingleCapabilityContextFloor",
     "—", lambda s, b, c: None),
    ("query: 3 required + 1 excluded, not cached (context floor changes every call)",
     "QueryBenchmark.listThreeRequiredOneExcludedUncached",
     "QueryBenchmark.baselineStreamThreeRequiredOneExcludedContextFloor", "—", lambda s, b, c: None),
    ("query: chat under an input-price ceiling", "QueryBenchmark.listPriceCeiling",
     "QueryBenchmark.baselineStreamPriceCeiling", "—", lambda s, b, c: None),
    ("`stats()`", "StatsBenchmark.stats", "StatsBenchmark.baselineStreamCounts", "—", lambda s, b, c: None),
    ("`search`, two words, top 10", "SearchBenchmark.searchTwoWords", "SearchBenchmark.baselineStreamContains",
     "—", lambda s, b, c: None),
    ("`getOrCreate`, catalog id", "GetOrCreateBenchmark.getOrCreateCatalogId", "LookupBenchmark.baselineHashMapHit",
     "—", lambda s, b, c: None),
    ("`getOrCreate`, id auto-created before", "GetOrCreateBenchmark.getOrCreateAutoCreatedId",
     "LookupBenchmark.baselineHashMapHit", "—", lambda s, b, c: None),
    ("`getOrCreate`, new id (store full: evicts)", "GetOrCreateBenchmark.getOrCreateNewId",
     "GetOrCreateBenchmark.baselineComputeIfAbsentNewId", "—", lambda s, b, c: None),
    ("first fuzzy query of a registry (builds the fuzzy index; single shot)",
     "FuzzyIndexBuildBenchmark.firstFuzzyQuery", "—", "—", lambda s, b, c: None),
    ("`warmUp()`: every key table, definition and column, the fuzzy index, the search text (single shot)",
     "FuzzyIndexBuildBenchmark.warmUp", "—", "—", lambda s, b, c: None),
    ("first fuzzy query after `warmUp()` (single shot; its allocation counts the warm-up made before it)",
     "FuzzyIndexBuildBenchmark.firstFuzzyQueryAfterWarmUp", "—", "—", lambda s, b, c: None),
    ("`recordUsage`, 1 thread", "UsageBenchmark.recordUsage", "UsageBenchmark.baselineCounterPerId",
     "< 100 ns, 0 B/op", lambda s, b, c: s["score"] < 100 and zero_alloc(s)),
    ("`recordUsage`, 2 threads", "UsageBenchmark.recordUsageTwoThreads",
     "UsageBenchmark.baselineTwoThreadsOwnRegistries",
     "< 100 ns, 0 B/op", lambda s, b, c: s["score"] < 100 and zero_alloc(s)),
    ("`get` of a 1 MiB query", "QueryBoundsBenchmark.getOneMebibyteQuery",
     "QueryBoundsBenchmark.baselineGetShortUnknown", "no more than a short id (≤ 1.2×)",
     lambda s, b, c: s["score"] <= 1.2 * b["score"]),
    ("`get` of a 10,000-character id", "QueryBoundsBenchmark.getTenThousandCharacterId",
     "QueryBoundsBenchmark.baselineGetShortUnknown", "no more than a short id (≤ 1.2×)",
     lambda s, b, c: s["score"] <= 1.2 * b["score"]),
    ("read, 1 writer at full speed", "ConcurrentReadBenchmark.reader", "ConcurrentReadBenchmark.readerAlone",
     "within 20% of reads alone", lambda s, b, c: s["score"] <= 1.2 * b["score"], "pause=0"),
    ("read, 1 writer pausing 100k tokens between writes", "ConcurrentReadBenchmark.reader",
     "ConcurrentReadBenchmark.readerAlone", "within 20% of reads alone",
     lambda s, b, c: s["score"] <= 1.2 * b["score"], "pause=100000"),
]

BASELINE_NAMES = {
    "LookupBenchmark.baselineHashMapHit": "`HashMap.get`",
    "LookupBenchmark.baselineHashMapHitCopy": "`HashMap.get`",
    "LookupBenchmark.baselineHashMapAliasHit": "`HashMap.get`",
    "LookupBenchmark.baselineHashMapMiss": "`HashMap.get`",
    "LookupBenchmark.baselineNormalizeThenGetUpperSnake": "normalize, then `HashMap.get`",
    "LookupBenchmark.baselineNormalizeThenGetPathMixedCase": "normalize, then `HashMap.get`",
    "QueryBenchmark.baselineStreamSingleCapability": "stream filter over a `List`",
    "QueryBenchmark.baselineStreamThreeRequiredOneExcluded": "stream filter over a `List`",
    "StatsBenchmark.baselineStreamCounts": "stream grouping over a `List`",
    "ConcurrentReadBenchmark.readerAlone": "the same reads, no writer",
    "QueryBenchmark.baselineStreamPriceCeiling": "stream filter over a `List`",
    "QueryBenchmark.baselineStreamSingleCapabilityContextFloor": "stream filter over a `List`",
    "QueryBenchmark.baselineStreamThreeRequiredOneExcludedContextFloor": "stream filter over a `List`",
    "SearchBenchmark.baselineStreamContains": "lower-case and `contains` over a `List`, sort",
    "GetOrCreateBenchmark.baselineComputeIfAbsentNewId": "`ConcurrentHashMap.computeIfAbsent` + builder",
    "UsageBenchmark.baselineCounterPerId": "a `LongAdder` per id (requests only)",
    "UsageBenchmark.baselineTwoThreadsOwnRegistries": "2 threads, each with a registry of its own",
    "QueryBoundsBenchmark.baselineGetShortUnknown": "`get` of a short unknown id",
}

HEADER = ("| measurement | catalog | median | mean | ± error | allocated/op | baseline | baseline mean | ratio "
          "| target | met |\n|---|---|---:|---:|---:|---:|---|---:|---:|---|---|")


def jmh_table(jmh):
    lines = [HEADER]
    for label, subject, baseline, target, check, *variant in LOOKUP_ROWS:
        kind = variant[0] if variant else None
        for catalog in jmh.catalogs():
            s, b = jmh.get(subject, catalog, kind), jmh.get(baseline, catalog, kind)
            if s is None:
                continue
            met = check(s, b, catalog) if b is not None else None
            lines.append(f"| {label} | {catalog} | {fmt_time(s['median'])} | {fmt_time(s['score'])} | "
                         f"{fmt_time(s['error'])} | "
                         f"{fmt_bytes(s['alloc'])} | {BASELINE_NAMES.get(baseline, baseline)} | "
                         f"{fmt_time(b['score'] if b else None)} | "
                         f"{fmt_ratio(s['score'], b['score'] if b else None)} | {target} | {verdict(met)} |")
    return "\n".join(lines)


def seen_cell(seen):
    """Time and allocation of a fuzzy query the registry remembers, or a dash."""
    return f"{fmt_time(seen['score'])}, {fmt_bytes(seen['alloc'])}" if seen else "—"


def fuzzy_table(jmh):
    lines = ["| query | catalog | registry `get`, median | mean | ± error | allocated/op | growth vs previous size "
             "| Levenshtein scan, top 1 | with threshold 3 | `get` vs threshold 3 | target | met "
             "| `get` of a spelling seen before |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|"]
    kinds = [k for k in ["typo", "dated", "reordered", "unknown"] if any(r[2] == k for r in jmh.rows)]
    for kind in kinds:
        previous = None
        for catalog in jmh.catalogs():
            get = jmh.get("FuzzyBenchmark.getFuzzy", catalog, kind)
            seen = jmh.get("FuzzyBenchmark.getFuzzySeenBefore", catalog, kind)
            full = jmh.get("FuzzyBaselineBenchmark.baselineLevenshteinScan", catalog, kind)
            within = jmh.get("FuzzyBaselineBenchmark.baselineLevenshteinScanThreshold3", catalog, kind)
            if get is None and full is None and within is None:
                continue
            growth = fmt_ratio(get["score"], previous["score"]) if get and previous else "—"
            target, met = "—", None
            if get and kind in ("typo", "unknown") and catalog == "10k":
                target = "< 20 µs and ≥ 10× faster than threshold 3"
                met = get["score"] < 20_000 and within is not None and within["score"] >= 10 * get["score"]
            elif get and kind in ("typo", "unknown") and catalog == "50k" and previous:
                target, met = "≤ 2× the 10k time", get["score"] <= 2 * previous["score"]
            speedup = (f"{within['score'] / get['score']:.0f}× faster" if get and within and get["score"] > 0
                       else "—")
            lines.append(f"| {kind} | {catalog} | {fmt_time(get and get['median'])} | "
                         f"{fmt_time(get and get['score'])} | {fmt_time(get and get['error'])} | "
                         f"{fmt_bytes(get and get['alloc'])} | {growth} | {fmt_time(full and full['score'])} | "
                         f"{fmt_time(within and within['score'])} | {speedup} | {target} | {verdict(met)} | "
                         f"{seen_cell(seen)} |")
            previous = get
    return "\n".join(lines) if len(lines) > 2 else ""


# ------------------------------------------------------------------------------------------------ whole-process

def hyperfine(path):
    if not os.path.exists(path):
        return {}
    with open(path) as f:
        return {r["command"]: r for r in json.load(f)["results"]}


def startup_table(runs):
    if not runs:
        return ""
    json10k = runs.get("json-10k")
    lines = ["| process | median | mean ± σ | runs | above the JVM floor | ratio to JSON + Jackson | target | met |",
             "|---|---:|---:|---:|---:|---:|---|---|"]
    targets = {"compiled-builtin": ("within 15 ms of the floor", 15e-3),
               "compiled-10k": ("within 40 ms of the floor", 40e-3)}
    labels = {"jvm-floor": "empty `main` (the JVM floor)",
              "compiled-builtin": "built-in catalog: start → registry ready → first lookup",
              "compiled-builtin-named": "built-in catalog, catalogs named (no class-path scan)",
              "compiled-10k": "10,000 compiled models: start → registry ready → first lookup",
              "compiled-10k-named": "10,000 compiled models, catalogs named (no class-path scan)",
              "json-10k": "10,000 models from JSON with Jackson into a `HashMap`, then one lookup"}
    cds = " (application class-data sharing archive)"
    processes = ["jvm-floor", "compiled-builtin", "compiled-builtin-named", "compiled-10k", "compiled-10k-named"]
    for name in processes + ["json-10k"] + [p + "-cds" for p in processes]:
        r = runs.get(name)
        if r is None:
            continue
        base = name[:-len("-cds")] if name.endswith("-cds") else name
        # Each process is read against the floor run the same way: with an archive of its own, or without.
        floor = runs.get("jvm-floor-cds" if name.endswith("-cds") else "jvm-floor")
        above = r["median"] - floor["median"] if floor and base != "jvm-floor" else None
        target, limit = targets.get(base[:-len("-named")] if base.endswith("-named") else base, ("—", None))
        met = (above <= limit) if (limit is not None and above is not None) else None
        ratio = fmt_ratio(r["median"], json10k["median"]) if json10k and base.startswith("compiled-10k") else "—"
        label = labels[base] + (cds if name.endswith("-cds") else "")
        lines.append(f"| {label} | {fmt_time(r['median'] * 1e9)} | {fmt_time(r['mean'] * 1e9)} ± "
                     f"{fmt_time(r['stddev'] * 1e9 if r.get('stddev') else 0)} | {len(r['times'])} | "
                     f"{fmt_time(above * 1e9) if above is not None else '—'} | {ratio} | {target} | {verdict(met)} |")
    return "\n".join(lines)


def javac_table(runs):
    if not runs:
        return ""
    lines = ["| stubs | javac with the processor (incl. generated code) | javac alone (`-proc:none`) | ratio "
             "| javac with a processor that writes one empty class (annotation processing alone) | its ratio "
             "| target | met |", "|---:|---:|---:|---:|---:|---:|---|---|"]
    for size in ["1k", "10k"]:
        w, wo = runs.get(f"javac-processor-{size}"), runs.get(f"javac-plain-{size}")
        if not w or not wo:
            continue
        idle = runs.get(f"javac-idle-{size}")
        idle_time, idle_ratio = ((fmt_time(idle["median"] * 1e9), f"{idle['median'] / wo['median']:.2f}×")
                                 if idle else ("—", "—"))
        ratio = w["median"] / wo["median"]
        target, met = ("≤ 2× javac alone", ratio <= 2) if size == "10k" else ("—", None)
        lines.append(f"| {size} | {fmt_time(w['median'] * 1e9)} | {fmt_time(wo['median'] * 1e9)} | {ratio:.2f}× | "
                     f"{idle_time} | {idle_ratio} | {target} | {verdict(met)} |")
    return "\n".join(lines)


def heap_table(results):
    rows = []
    for path in sorted(glob.glob(os.path.join(results, "heap-*.json"))):
        with open(path) as f:
            rows.append(json.load(f))
    if not rows:
        return ""
    labels = {"compiled": "compiled catalog: registry + every definition, key table and query column built",
              "json": "JSON with Jackson: definitions in a `HashMap` by id and alias"}
    lines = ["| held as | models | JOL graph, bytes/model | heap delta after GC, bytes/model | target | met |",
             "|---|---:|---:|---:|---|---|"]
    for r in rows:
        target, met = ("≤ 300 B/model", r["jolBytesPerModel"] <= 300) if r["mode"] == "compiled" else ("—", None)
        lines.append(f"| {labels.get(r['mode'], r['mode'])} | {r['models']} | {r['jolBytesPerModel']:.0f} | "
                     f"{r['heapDeltaBytesPerModel']:.0f} | {target} | {verdict(met)} |")
        if r.get("readyHeapDeltaBytes", -1) >= 0:
            # What a server that has only started holds: the registry is lazy, so most of the catalog is not loaded.
            lines.append(f"| compiled catalog: registry ready, one exact lookup made (lazy: one partition's exact "
                         f"table, one definition) | {r['models']} | — | "
                         f"{r['readyHeapDeltaBytes'] / r['models']:.0f} | — | — |")
        if r.get("fuzzyIndexJolBytes", -1) >= 0:
            # Not part of the target: built by the first fuzzy query, and kept for the registry's life.
            lines.append(f"| compiled catalog: the fuzzy index, added by the first fuzzy query | {r['models']} | "
                         f"{r['fuzzyIndexJolBytes'] / r['models']:.0f} | {r['fuzzyIndexDeltaBytes'] / r['models']:.0f}"
                         f" | — | — |")
        if r.get("searchJolBytes", -1) >= 0:
            lines.append(f"| compiled catalog: the search text, added by the first `search` | {r['models']} | "
                         f"{r['searchJolBytes'] / r['models']:.0f} | {r['searchDeltaBytes'] / r['models']:.0f}"
                         f" | — | — |")
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------------ documents

def section(title, body, note=""):
    if not body:
        return ""
    return f"#### {title}\n\n{note}{body}\n\n"


def notes(results, link):
    """NOTES.md for one document: all of it when link is None, else what stands above the run-log line and a link
    to the rest."""
    path = os.path.join(results, "NOTES.md")
    if not os.path.exists(path):
        return ""
    with open(path) as f:
        summary, marker, log = f.read().partition(RUN_LOG)
    if not marker or link is None:
        return (summary.rstrip() + "\n\n" + log.strip()).strip() + "\n\n"
    return (summary.strip() + f"\n\nThe command of every run, and what each comparison before and after a change "
            f"read: [{link}]({link}).\n\n")


def render(results, command, machine, notes_text):
    jmh = Jmh(sorted(glob.glob(os.path.join(results, "jmh-*.json"))))
    text = (f"Command: `{command}`. Machine: {machine}. JMH rows give time per operation as the median of the "
            "measurement iterations (of every fork) and as their mean, JMH's score, with JMH's 99.9% error; ratios "
            "and verdicts read the means. Allocation is JMH's `gc.alloc.rate.norm`. Start-up and javac times are "
            "hyperfine medians of whole processes. Ratios compare with the baseline measured in the same "
            "run; on a shared, noisy 2-core machine they are the figures that carry over, not the absolute "
            "times.\n\n" + notes_text)
    text += section("Lookups, queries, search, auto-creation, usage, concurrent reads", jmh_table(jmh))
    text += section("Fuzzy resolution against a brute-force Commons Text Levenshtein scan of every normalized id",
                    fuzzy_table(jmh),
                    "`get` runs the whole resolution (exact, normalized, fine-tune, then the fuzzy index) in a "
                    "registry that remembers no spellings; the last column is the same query in a registry that "
                    "remembers the fuzzy step's hits (its default), where a spelling seen before skips the index. "
                    "The baselines return the closest id with no precision guard.\n\n")
    text += section("Start-up (whole process)", startup_table(hyperfine(os.path.join(results, "startup.json"))),
                    "The rows marked with an archive run each process with an application class-data sharing "
                    "archive that one training run wrote (`-XX:ArchiveClassesAtExit`, then "
                    "`-XX:SharedArchiveFile`; the training run looks every model of the catalog up) and read it "
                    "against an empty `main` with its own archive; the rows without are plain `java -cp` runs. Every "
                    "process, the floor included, loads its main class from a jar, as an application packaged in a "
                    "jar does, so the JVM's first jar open counts in the floor. "
                    "Every process ran in each of several rounds of a few runs, and the rounds were pooled, so a "
                    "process and its floor were timed over the same stretches of a drifting machine. The rows "
                    "\"catalogs named\" build the registry from the catalog list the processor generated "
                    "(`ModelRegistry.of(BuiltInCatalogs.all())`, called in code: no reflection), the others find "
                    "them on the class path (`ModelRegistry.loadDefault()`, through `ServiceLoader`, which opens "
                    "every jar).\n\n")
    text += section("Heap per model (10,000 models)", heap_table(results),
                    "JOL: `GraphLayout` of everything reachable from the holder, each object once (shared strings, "
                    "bit sets and tables count once; objects reachable only from static fields are not seen). Heap "
                    "delta: used heap after `System.gc()`, after loading minus before (sees statics too).\n\n")
    text += section("Processor cost", javac_table(hyperfine(os.path.join(results, "javac.json"))))
    return text


def replace_between_markers(path, body):
    with open(path) as f:
        readme = f.read()
    if START not in readme or END not in readme:
        raise SystemExit(f"{path}: markers {START} / {END} not found")
    pattern = re.compile(re.escape(START) + ".*?" + re.escape(END), re.S)
    readme = pattern.sub(lambda m: START + "\n" + body.strip() + "\n" + END, readme)
    with open(path, "w") as f:
        f.write(readme)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--results", required=True)
    parser.add_argument("--readme")
    parser.add_argument("--command", default="benchmarks/run.sh")
    parser.add_argument("--machine", default="unknown")
    args = parser.parse_args()
    body = render(args.results, args.command, args.machine, notes(args.results, None))
    with open(os.path.join(args.results, "RESULTS.md"), "w") as f:
        f.write("# Benchmark results\n\nGenerated by `benchmarks/report/results_table.py`; do not edit.\n\n" + body)
    if args.readme:
        link = os.path.relpath(os.path.join(args.results, "NOTES.md"), os.path.dirname(args.readme) or ".")
        readme_body = render(args.results, args.command, args.machine, notes(args.results, link))
        replace_between_markers(args.readme, readme_body)


if __name__ == "__main__":
    main()
