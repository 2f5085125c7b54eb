#!/usr/bin/env bash
# Two Roundtable hosts on this machine forming one Orleans cluster (Orleans:Membership=database): they share one
# database and find each other through its membership table, with no other server.
#
#   bash infra/local-cluster.sh up [connection-string]   # build, start both, wait for /health, print the URLs
#   bash infra/local-cluster.sh down                      # stop what "up" started
#
# Without a connection string both hosts share the SQLite file in $CLUSTER_DIR/data; with one (a PostgreSQL
# connection string) they share that database. Host n listens on http://127.0.0.1:508n, silo port 1111n, gateway
# 3000n; logs and pid files are in $CLUSTER_DIR (default /tmp/roundtable-cluster).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${CLUSTER_DIR:-/tmp/roundtable-cluster}"
hosts=(1 2)

up() {
    local connection="${1:-}"
    mkdir -p "$dir/data"
    chmod 700 "$dir" "$dir/data"
    dotnet build "$repo/src/Platform.Host" -nologo -v quiet
    local dll="$repo/src/Platform.Host/bin/Debug/net10.0/Platform.Host.dll"
    local storage=(--Storage:DataDirectory="$dir/data")
    if [[ -n "$connection" ]]; then
        storage+=(--Storage:Provider=postgres --Storage:ConnectionString="$connection")
    fi

    # One after the other: the first applies the migrations before the second starts.
    for n in "${hosts[@]}"; do
        if [[ -f "$dir/host-$n.pid" ]] && kill -0 "$(cat "$dir/host-$n.pid")" 2>/dev/null; then
            echo "host $n is already running (pid $(cat "$dir/host-$n.pid")); run 'down' first" >&2
            exit 1
        fi
        (cd "$repo/src/Platform.Host" && exec dotnet "$dll" \
            --urls="http://127.0.0.1:508$n" "${storage[@]}" \
            --Orleans:Membership=database --Orleans:SiloPort="1111$n" --Orleans:GatewayPort="3000$n" \
            >"$dir/host-$n.log" 2>&1) &
        echo $! >"$dir/host-$n.pid"
        wait_healthy "$n"
    done

    for n in "${hosts[@]}"; do
        echo "host $n: http://127.0.0.1:508$n (pid $(cat "$dir/host-$n.pid"), log $dir/host-$n.log)"
    done
}

wait_healthy() {
    local n="$1"
    for _ in $(seq 1 120); do
        if curl -fs -o /dev/null "http://127.0.0.1:508$n/health"; then
            return 0
        fi
        if ! kill -0 "$(cat "$dir/host-$n.pid")" 2>/dev/null; then
            echo "host $n exited; see $dir/host-$n.log" >&2
            exit 1
        fi
        sleep 1
    done
    echo "host $n did not answer /health within 120 s; see $dir/host-$n.log" >&2
    exit 1
}

down() {
    for n in "${hosts[@]}"; do
        local pidfile="$dir/host-$n.pid"
        if [[ -f "$pidfile" ]]; then
            local pid
            pid="$(cat "$pidfile")"
            if kill "$pid" 2>/dev/null; then
                # A graceful stop: the host leaves the cluster and hands its grains over.
                for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
                echo "host $n stopped (pid $pid)"
            fi
            rm -f "$pidfile"
        fi
    done
}

case "${1:-}" in
    up) up "${2:-}" ;;
    down) down ;;
    *) echo "usage: $0 up [connection-string] | down" >&2; exit 2 ;;
esac
