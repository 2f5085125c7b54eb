#!/usr/bin/env bash
# Time from the README's run command (project already built) to the first successful HTTP response.
# Usage: tests/bench/startup.sh [runs]   — prints one line per run and the median, for `dotnet run` and `--no-build`.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
port=5181
dotnet build src/Platform.Host -v q -nologo >/dev/null

measure() { # $@: extra dotnet run arguments
  local data; data=$(mktemp -d)
  local start; start=$(date +%s%N)
  ASPNETCORE_URLS="http://127.0.0.1:$port" Storage__DataDirectory="$data" \
    dotnet run "$@" --project src/Platform.Host >/dev/null 2>&1 &
  local pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.01; done
  local end; end=$(date +%s%N)
  pkill -P "$pid" 2>/dev/null || true; kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
  echo $(( (end - start) / 1000000 ))
}

for mode in "run" "run --no-build"; do
  extra=(); [ "$mode" = "run --no-build" ] && extra=(--no-build)
  times=()
  for _ in $(seq "$runs"); do times+=("$(measure "${extra[@]}")"); done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "dotnet $mode: ${times[*]} ms; median ${median} ms (fresh empty database each run)"
done
