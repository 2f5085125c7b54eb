#!/usr/bin/env bash
# The live-updates (SignalR) benchmark of issue 5. One command, from the repository root:
#   bash tests/live-bench/run.sh [runs-per-size=2] [seconds=20]
# For each client count (LIVE_BENCH_CLIENTS, default "200 2000") and run: seeds a fresh database in a temp folder
# (100 working groups × 20 people, 60 action items each, sign-in cookies from the host's own cookie handler: the
# benchmark project's `seed-live`, which starts the host in-process for that), times raw Dapper insert-and-commits
# on that database, starts the Release host on loopback in Production settings, runs driver.mjs (hub connections; 60 s of unrecorded warm-up writes so tiered JIT settles, then
# 50 progress posts/s open loop), stops the host, times the raw inserts again and the same progress through the grain alone, and prints figures and budget lines
# (report.mjs). Environment: LIVE_BENCH_CLIENTS, LIVE_BENCH_RATE, LIVE_BENCH_WARMUP (seconds), LIVE_BENCH_HOSTS (1, or 2:
# two hosts of one Orleans cluster on the same database, connections and writes spread over both), LIVE_BENCH_PG (a
# connection string to a PostgreSQL server's maintenance database, e.g. "Host=127.0.0.1;Port=5433;Username=postgres;
# Database=postgres": each run then gets a fresh database of its own there instead of a SQLite file), LIVE_BENCH_TRACE (a
# folder: one CSV per run with each measured write's times, for finding stalls).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here=$root/tests/live-bench
runs=${1:-2}
seconds=${2:-20}
# 60 s: with two hosts on 2 cores, each host's JIT still compiled 2,000-3,000 methods every 5 s (dotnet-counters'
# dotnet.jit.compiled_methods) until about 45 s after its start, half its CPU; 20 s measured that, not the live path.
warmup=${LIVE_BENCH_WARMUP:-60}
sizes=${LIVE_BENCH_CLIENTS:-"200 2000"}
rate=${LIVE_BENCH_RATE:-50}
hosts=${LIVE_BENCH_HOSTS:-1}
pg_server=${LIVE_BENCH_PG:-}
pg_name=""

[ -d "$here/node_modules" ] || (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
echo "building (Release)…" >&2
dotnet build -c Release "$root/src/Platform.Host" -nologo -v q >/dev/null
dotnet build -c Release "$root/tests/Platform.Benchmarks" -nologo -v q >/dev/null
host_dll=$root/src/Platform.Host/bin/Release/net10.0/Platform.Host.dll
bench_dll=$root/tests/Platform.Benchmarks/bin/Release/net10.0/Platform.Benchmarks.dll

results=$(mktemp -d /tmp/roundtable-live-results-XXXXXX)
work=""
host_pids=()
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
stop_hosts() {
  for pid in "${host_pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  host_pids=()
}
cleanup() {
  stop_hosts
  if [ -n "$pg_name" ]; then dotnet "$bench_dll" pg-database drop "$pg_server" "$pg_name" >/dev/null || true; fi
  if [ -n "$work" ]; then rm -rf "$work"; fi
}
trap cleanup EXIT

for clients in $sizes; do
  for run in $(seq "$runs"); do
    work=$(mktemp -d /tmp/roundtable-live-XXXXXX)
    export ASPNETCORE_ENVIRONMENT=Production
    settings=("--Storage:DataDirectory=$work/data" "--Logging:LogLevel:Default=Warning")
    unset LIVE_BENCH_CONNECTION
    if [ -n "$pg_server" ]; then
      pg_name="roundtable_live_$$_${clients}_$run"
      export LIVE_BENCH_CONNECTION
      LIVE_BENCH_CONNECTION=$(dotnet "$bench_dll" pg-database create "$pg_server" "$pg_name")
      settings+=("--Storage:Provider=postgresql" "--Storage:ConnectionString=$LIVE_BENCH_CONNECTION")
    fi
    # From the host's folder, like the hosts below: the in-process host reads the same appsettings.json.
    (cd "$root/src/Platform.Host" && dotnet "$bench_dll" seed-live "$work/cookies.json" 100 20 60 "${settings[@]}") >"$work/seed.log" 2>&1 \
      || { cat "$work/seed.log" >&2; exit 1; }
    dotnet "$bench_dll" raw-insert "$work/data" 500 | grep '^RESULT raw-insert' >"$work/raw-before.txt"
    urls=()
    cluster=()
    [ "$hosts" -gt 1 ] && cluster=("--Orleans:Membership=database")
    for h in $(seq "$hosts"); do
      port=$(free_port)
      # exec: $! is the host itself, so /proc/<pid>/stat is the server's CPU time.
      (cd "$root/src/Platform.Host" && exec dotnet "$host_dll" "--urls=http://127.0.0.1:$port" "${settings[@]}" "${cluster[@]}" \
        "--Orleans:SiloPort=$(free_port)" "--Orleans:GatewayPort=$(free_port)" >"$work/host-$h.log" 2>&1) &
      host_pids+=($!)
      urls+=("http://127.0.0.1:$port")
      for _ in $(seq 150); do curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.2; done
    done
    echo "N=$clients run $run: $hosts host(s) on ${pg_server:+postgresql}${pg_server:-sqlite} ${urls[*]} (pids ${host_pids[*]})" >&2
    mkdir -p "$results/$clients-$run"
    node "$here/driver.mjs" --base="$(IFS=,; echo "${urls[*]}")" --clients="$clients" --rate="$rate" --seconds="$seconds" --warmup="$warmup" \
      --pid="$(IFS=,; echo "${host_pids[*]}")" --clk-tck="$(getconf CLK_TCK)" --manifest="$work/cookies.json" --out="$results/$clients-$run/result.json" \
      ${LIVE_BENCH_TRACE:+--trace="$LIVE_BENCH_TRACE/trace-$clients-$run.csv"}
    stop_hosts
    dotnet "$bench_dll" raw-insert "$work/data" 500 | grep '^RESULT raw-insert' >"$work/raw-after.txt"
    cat "$work/raw-before.txt" "$work/raw-after.txt" >"$results/$clients-$run/raw.txt"
    dotnet "$bench_dll" grain-write "$work/data" 500 | grep '^RESULT grain-write' >"$results/$clients-$run/grain.txt"
    rm -rf "$work"; work=""
    if [ -n "$pg_name" ]; then dotnet "$bench_dll" pg-database drop "$pg_server" "$pg_name"; pg_name=""; fi
  done
done

node "$here/report.mjs" "$results"
rm -rf "$results"
