#!/usr/bin/env bash
# Runs the whole benchmark suite and refreshes benchmarks/results/ and the README's performance table.
#
#   benchmarks/run.sh            short settings: every figure in a few minutes (noisy, but ratios hold)
#   benchmarks/run.sh --full     longer warm-up, more iterations and forks, more hyperfine runs
#
# Sections can be skipped: --skip-build --skip-jmh --skip-startup --skip-heap --skip-javac --skip-report.
# --jmh-include REGEX narrows the JMH benchmarks (e.g. LookupBenchmark).
# Needs Java 17, Maven, python3 and hyperfine (Debian: apt-get install -y hyperfine).
set -euo pipefail
cd "$(dirname "$0")/.."

full=false; build=true; jmh=true; startup=true; heap=true; javac_cost=true; report=true; include=""
while [ $# -gt 0 ]; do
  case "$1" in
    --full) full=true ;;
    --skip-build) build=false ;;
    --skip-jmh) jmh=false ;;
    --skip-startup) startup=false ;;
    --skip-heap) heap=false ;;
    --skip-javac) javac_cost=false ;;
    --skip-report) report=false ;;
    --jmh-include) include="$2"; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 1 ;;
  esac
  shift
done

results=benchmarks/results
mkdir -p "$results"
# Short mode measures each figure once, at the sizes the targets name (10k; the registry's fuzzy growth at 1k, 10k
# and 50k, its Levenshtein baselines at 10k), with half-second iterations: a fork's own start (loading a catalog,
# building its baselines) costs as much as its measuring, so fewer forks save more than shorter iterations.
# --full measures everything at every size, longer.
if $full; then
  jmh_opts=(-f 2 -wi 5 -w 2s -i 5 -r 2s); kinds="typo,dated,reordered,unknown"; baseline_catalogs="1k,10k,50k"
  startup_rounds=8; startup_runs=5; javac_runs=3; javac_warmup=1
else
  jmh_opts=(-f 1 -wi 2 -w 500ms -i 3 -r 500ms); kinds="typo,unknown"; baseline_catalogs="10k"
  startup_rounds=4; startup_runs=5; javac_runs=1; javac_warmup=0
fi

if $build; then
  echo "== build (benchmarks profile)"
  mvn -B -q -ntp -P benchmarks package -DskipTests -pl benchmarks/jmh,benchmarks/startup -am
fi

jar=benchmarks/jmh/target/benchmarks.jar
lib="benchmarks/startup/target/classes:benchmarks/startup/target/lib/*"
# What a registry needs at run time, and nothing else: the JVM opens every jar it searches for a class, so the
# benchmarks' own jars (Jackson, JOL, ...) would be counted as start-up cost. The JSON loader keeps them. The
# start-up processes, the floor's empty main included, load their main class from the start-up jar, as an
# application packaged in a jar does: the JVM's first jar open (some 9 ms) then counts in the floor, not as the
# registry's cost.
startup_jar=$(ls benchmarks/startup/target/modelcatalog-bench-startup-*.jar)
registry_cp="$startup_jar:$(ls benchmarks/startup/target/lib/modelcatalog-runtime-*.jar)"
registry_cp="$registry_cp:$(ls benchmarks/startup/target/lib/modelcatalog-annotations-*.jar)"
builtin_jar=$(ls catalog/target/modelcatalog-catalog-*.jar | head -1)
s10k_jar=$(ls benchmarks/synthetic-10k/target/modelcatalog-bench-synthetic-10k-*.jar | head -1)
s10k_json=benchmarks/synthetic-10k/target/modelcatalog-bench-synthetic-10k.json

# The catalogs the processor compiled; synthetic ones that it did not are run from memory (see CatalogSelection).
compiled=$(java -cp "$jar" dev.modelcatalog.benchmarks.CatalogSelection)
catalogs="1k,10k,50k"
case ",$compiled," in *,builtin,*) catalogs="builtin,$catalogs" ;; esac
echo "== compiled catalogs: ${compiled:-none}; JMH runs over: $catalogs"
# A run that skips a section, or narrows JMH, replaces some rows only: what NOTES.md says of where the other rows
# come from (everything after its first paragraph) stays. A whole run makes every row, and starts the notes anew.
kept=""
if { ! { $jmh && $startup && $heap && $javac_cost; } || [ -n "$include" ]; } && [ -f "$results/NOTES.md" ]; then
  kept=$(awk 'after { print } /^$/ { after = 1 }' "$results/NOTES.md")
fi
{
  echo "Compiled catalogs found on the class path: ${compiled:-none}."
  for c in 1k 10k 50k; do
    case ",$compiled," in *,$c,*) ;; *) echo "The synthetic $c catalog was not compiled by the processor in this run;" \
      "its JMH figures come from the same models in an in-memory catalog." ;; esac
  done
  if [ -n "$kept" ]; then printf '\n%s\n' "$kept"; fi
} > "$results/NOTES.md"

run_jmh() {  # name, include regex, extra JMH options...; the mode's forks and iterations unless $opts is set
  local name="$1" regex="$2"; shift 2
  if [ -n "$include" ] && ! [[ "$regex" =~ $include ]]; then return; fi
  echo "== JMH: $name"
  rm -f "$results/jmh-$name.json"
  local settings=("${jmh_opts[@]}")
  if [ -n "${opts:-}" ]; then read -r -a settings <<< "$opts"; fi
  java -jar "$jar" "$regex" "${settings[@]}" -prof gc -rf json -rff "$results/jmh-$name.json" "$@" \
    > "$results/jmh-$name.log"
  grep -E "^(Benchmark|[A-Za-z]+Benchmark\.[A-Za-z]+ )" "$results/jmh-$name.log" | grep -v ":gc\." || true
}

if $jmh; then
  # A narrowed run (--jmh-include) replaces the results of the groups it runs and keeps the others.
  if [ -z "$include" ]; then rm -f "$results"/jmh-*.json; fi
  if $full; then
    lookup_catalogs="$catalogs"; other_catalogs="$catalogs"
  else
    lookup_catalogs="builtin,10k"; other_catalogs="10k"
    case ",$compiled," in *,builtin,*) ;; *) lookup_catalogs="10k" ;; esac
  fi
  run_jmh lookups "LookupBenchmark" -p catalog="$lookup_catalogs"
  run_jmh queries "QueryBenchmark|StatsBenchmark|SearchBenchmark" -p catalog="$other_catalogs"
  run_jmh candidates "CandidatesBenchmark" -p catalog="$other_catalogs"
  run_jmh create-usage "GetOrCreateBenchmark|UsageBenchmark|QueryBoundsBenchmark" -p catalog="$other_catalogs"
  run_jmh fuzzy "FuzzyBenchmark" -p catalog=1k,10k,50k -p kind="$kinds"
  run_jmh fuzzy-baseline "FuzzyBaselineBenchmark" -p catalog="$baseline_catalogs" -p kind="$kinds"
  # Reads beside a writer settle slowly: the reader's code is compiled again while the writer switches the overlay
  # on and off, and with three half-second iterations one unsettled iteration read the paced writer's row at 1.2
  # to 1.4x reads alone, where five one-second iterations read it at 0.99 to 1.04x. Short mode gives them those.
  concurrent_opts=""
  $full || concurrent_opts="-f 1 -wi 3 -w 1s -i 5 -r 1s"
  opts="$concurrent_opts" run_jmh concurrent "ConcurrentReadBenchmark" -p catalog=10k
  # Single shots: each iteration is one first fuzzy query on a registry created for it (-w and -r do not apply).
  run_jmh fuzzy-index "FuzzyIndexBuildBenchmark" -p catalog=10k,50k
fi

if $startup; then
  echo "== start-up (hyperfine, in interleaved rounds)"
  command -v hyperfine >/dev/null || { echo "hyperfine not found: apt-get install -y hyperfine" >&2; exit 1; }
  main=dev.modelcatalog.benchmarks.startup
  cmds=(-n jvm-floor "java -cp $registry_cp $main.EmptyMain")
  # The same processes again with an application class-data sharing archive, as a server would deploy: one
  # training run per process writes the archive (-XX:ArchiveClassesAtExit), the timed runs map it (the floor with
  # an archive of its own). The training run looks up every model of the catalog (as a server's warm-up over its
  # whole catalog would), so the archive holds every class a first lookup may load.
  cds=benchmarks/startup/target/cds
  rm -rf "$cds"; mkdir -p "$cds"
  archive() {  # name, class path, arguments before the id, training argument, timed argument
    local name="$1" cp="$2" args="$3" train="$4" timed="$5"
    java -XX:ArchiveClassesAtExit="$cds/$name.jsa" -Xlog:cds=off -cp "$cp" $args $train > /dev/null
    cds_cmds+=(-n "$name-cds" "java -XX:SharedArchiveFile=$cds/$name.jsa -cp $cp $args $timed")
  }
  cds_cmds=()
  archive jvm-floor "$registry_cp" "$main.EmptyMain" "" ""
  # Each catalog twice: found on the class path (ModelRegistry.loadDefault, through ServiceLoader), and named
  # (ModelRegistry.of with the list the processor generated, called from a main of its own), which skips the
  # class-path scan.
  startup_of() {  # name, catalog jar, sample id, the generated list that names the catalog's classes
    local name="$1" catalog_jar="$2" id="$3" list="$4"
    cmds+=(-n "$name" "java -cp $registry_cp:$catalog_jar $main.CompiledStartup $id")
    cmds+=(-n "$name-named" "java -cp $registry_cp:$catalog_jar $main.CompiledStartup --list $list $id")
    archive "$name" "$registry_cp:$catalog_jar" "$main.CompiledStartup" --train "$id"
    archive "$name-named" "$registry_cp:$catalog_jar" "$main.CompiledStartup --list $list" --train "$id"
  }
  case ",$compiled," in *,builtin,*)
    startup_of compiled-builtin "$builtin_jar" "$(java -cp "$lib:$builtin_jar" $main.SampleId)" builtin ;;
  esac
  case ",$compiled," in *,10k,*)
    id10k=$(java -cp "$lib:$s10k_jar" $main.SampleId)
    startup_of compiled-10k "$s10k_jar" "$id10k" s10k ;;
  *)
    id10k=$(python3 -c "import json,sys; m=json.load(open('$s10k_json')); print(m[len(m)//2]['id'])") ;;
  esac
  # The machine drifts by several milliseconds within a minute, so every process runs in each of several rounds
  # (a few runs each) and the rounds are merged: a process and its floor see the same stretches of time.
  rm -rf "$results/startup-rounds"; mkdir -p "$results/startup-rounds"
  for round in $(seq 1 "$startup_rounds"); do
    hyperfine -N --warmup 1 --runs "$startup_runs" --style none \
      --export-json "$results/startup-rounds/$round.json" "${cmds[@]}" "${cds_cmds[@]}" > /dev/null
  done
  # The JSON load runs last, on its own: its gigabyte of heap left the processes timed right after it some 50 ms
  # slower. Its ratio to the compiled start-up is several times, far above the drift.
  hyperfine -N --warmup 1 --runs "$((startup_rounds * startup_runs))" --style none \
    --export-json "$results/startup-rounds/json.json" \
    -n json-10k "java -cp $startup_jar:benchmarks/startup/target/lib/* $main.JsonStartup $s10k_json $id10k" > /dev/null
  python3 benchmarks/report/merge_hyperfine.py "$results/startup.json" "$results"/startup-rounds/*.json
  rm -rf "$results/startup-rounds"
fi

if $heap; then
  echo "== heap per model (10,000 models)"
  rm -f "$results"/heap-*.json
  case ",$compiled," in *,10k,*)
    java -Xmx2g -Djdk.attach.allowAttachSelf=true -cp "$lib:$s10k_jar" \
      dev.modelcatalog.benchmarks.startup.HeapPerModel compiled | tail -1 > "$results/heap-compiled.json"
    cat "$results/heap-compiled.json" ;;
  esac
  java -Xmx2g -Djdk.attach.allowAttachSelf=true -cp "$lib" \
    dev.modelcatalog.benchmarks.startup.HeapPerModel json "$s10k_json" | tail -1 > "$results/heap-json.json"
  cat "$results/heap-json.json"
fi

if $javac_cost; then
  echo "== processor cost (javac with and without the processor)"
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  api="benchmarks/startup/target/lib/$(ls benchmarks/startup/target/lib | grep modelcatalog-annotations)"
  api="$api:benchmarks/startup/target/lib/$(ls benchmarks/startup/target/lib | grep modelcatalog-runtime)"
  ppath=$(ls benchmarks/startup/target/processor-path/*.jar | tr '\n' ':')
  cmds=()
  for size in 1k 10k; do
    find "benchmarks/synthetic-$size/target/generated-sources/stubs" -name '*.java' > "$work/$size.txt"
    cmds+=(-n "javac-plain-$size" "javac -J-Xmx4g -nowarn -proc:none -cp $api -d $work/plain-$size @$work/$size.txt")
    cmds+=(-n "javac-processor-$size"
      "javac -J-Xmx4g -nowarn -cp $api -processorpath $ppath -d $work/processor-$size @$work/$size.txt")
    # What annotation processing costs on its own: a processor that writes one empty class (IdleProcessor).
    cmds+=(-n "javac-idle-$size" "javac -J-Xmx4g -nowarn -cp $api -processorpath benchmarks/startup/target/classes \
      -processor dev.modelcatalog.benchmarks.startup.IdleProcessor -d $work/idle-$size @$work/$size.txt")
    mkdir -p "$work/plain-$size" "$work/processor-$size" "$work/idle-$size"
  done
  # One run of each command per round, as for start-up: with and without the processor alternate, so drift
  # between them does not read as processor cost.
  mkdir -p "$work/rounds"
  for round in $(seq 1 "$javac_runs"); do
    warmup=0
    if [ "$round" = 1 ]; then warmup="$javac_warmup"; fi
    hyperfine -N --warmup "$warmup" --runs 1 --export-json "$work/rounds/$round.json" "${cmds[@]}"
  done
  python3 benchmarks/report/merge_hyperfine.py "$results/javac.json" "$work"/rounds/*.json
fi

if $report; then
  machine="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'))"
  machine="$machine, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), shared with other work"
  mode=$($full && echo "benchmarks/run.sh --full" || echo "benchmarks/run.sh")
  python3 benchmarks/report/results_table.py --results "$results" --readme README.md --command "$mode" \
    --machine "$machine"
  echo "== wrote $results/RESULTS.md and the README's performance table"
fi
