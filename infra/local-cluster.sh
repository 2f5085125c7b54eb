#!/usr/bin/env bash
# Two Roundtable hosts on this machine forming one Orleans cluster (Orleans:Membership=database) on PostgreSQL: they
# share one database and find each other through its membership table, with no other server.
#
#   bash infra/local-cluster.sh up [connection-string]   # start PostgreSQL (unless given), migrate, demo data, 2 hosts
#   bash infra/local-cluster.sh down                      # stop both hosts and the PostgreSQL "up" started
#   bash infra/local-cluster.sh purge                     # down, then delete $CLUSTER_DIR and the PostgreSQL data
#
# Without a connection string "up" starts a private PostgreSQL 15 (initdb + pg_ctl, 127.0.0.1 only, socket in its
# folder; as root it runs as the postgres user in a 700 folder under /var/tmp), creates the database, fills the demo
# data (the "demo" verb migrates first) and prints its sign-ins. With one, the hosts share that database as it is.
# Host n listens on http://127.0.0.1:$((CLUSTER_PORT_BASE+n)) (default 5081, 5082), silo port 11110+n, gateway
# 30000+n (CLUSTER_SILO_PORT_BASE, CLUSTER_GATEWAY_PORT_BASE), PostgreSQL on $CLUSTER_PG_PORT (default
# CLUSTER_PORT_BASE+10000 = 15080). Logs and pid files are in $CLUSTER_DIR (default /tmp/roundtable-cluster).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${CLUSTER_DIR:-/tmp/roundtable-cluster}"
base="${CLUSTER_PORT_BASE:-5080}"
silo_base="${CLUSTER_SILO_PORT_BASE:-11110}"
gateway_base="${CLUSTER_GATEWAY_PORT_BASE:-30000}"
pg_port="${CLUSTER_PG_PORT:-$((base + 10000))}"
pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
hosts=(1 2)

as_root() { [[ "$(id -u)" == 0 ]]; }
pg() { if as_root; then runuser -u postgres -- "$pg_bin/$1" "${@:2}"; else "$pg_bin/$1" "${@:2}"; fi; }

# Where the private PostgreSQL lives: in $CLUSTER_DIR, or, as root, a folder the postgres user owns (path in $dir/pg-dir).
pg_dir() {
    if [[ -f "$dir/pg-dir" ]]; then cat "$dir/pg-dir"; return; fi
    local folder="$dir/pg"
    if as_root; then folder="$(mktemp -d /var/tmp/roundtable-cluster-pg-XXXXXX)"; chown postgres: "$folder"; fi
    mkdir -p "$folder"
    chmod 700 "$folder"
    echo "$folder" >"$dir/pg-dir"
    echo "$folder"
}

start_postgres() {
    if [[ ! -x "$pg_bin/initdb" ]]; then
        echo "PostgreSQL 15 binaries not found in $pg_bin (apt-get install postgresql-15, or set PG_BIN)" >&2
        exit 1
    fi
    local folder
    folder="$(pg_dir)"
    if [[ ! -f "$folder/data/PG_VERSION" ]]; then
        pg initdb -D "$folder/data" -U roundtable --auth=trust -E UTF8 >"$dir/postgres-init.log"
    fi
    pg pg_ctl -D "$folder/data" -l "$folder/postgres.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $folder -c fsync=off" start >/dev/null
    echo "$folder" >"$dir/postgres.started"
    if ! pg psql -h "$folder" -p "$pg_port" -U roundtable -d postgres -tAc \
        "select 1 from pg_database where datname='roundtable'" | grep -q 1; then
        pg createdb -h "$folder" -p "$pg_port" -U roundtable roundtable
    fi
}

up() {
    local connection="${1:-}"
    mkdir -p "$dir/data"
    chmod 700 "$dir" "$dir/data"
    for n in "${hosts[@]}"; do
        if [[ -f "$dir/host-$n.pid" ]] && kill -0 "$(cat "$dir/host-$n.pid")" 2>/dev/null; then
            echo "host $n is already running (pid $(cat "$dir/host-$n.pid")); run 'down' first" >&2
            exit 1
        fi
    done
    dotnet build "$repo/src/Platform.Host" -nologo -v quiet
    local dll="$repo/src/Platform.Host/bin/Debug/net10.0/Platform.Host.dll"
    local seed=""
    if [[ -z "$connection" ]]; then
        start_postgres
        connection="Host=127.0.0.1;Port=$pg_port;Database=roundtable;Username=roundtable"
        seed=yes
    fi
    local storage=(--Storage:DataDirectory="$dir/data" --Storage:Provider=postgresql --Storage:ConnectionString="$connection")
    local cluster=(--Orleans:Membership=database)

    if [[ -n "$seed" ]]; then
        # Migrates, then fills an empty database; a database kept from an earlier "up" already has its people.
        if (cd "$repo/src/Platform.Host" && dotnet "$dll" demo "${storage[@]}" "${cluster[@]}" \
                --Orleans:SiloPort="$silo_base" --Orleans:GatewayPort="$gateway_base" >"$dir/demo.log" 2>&1); then
            grep -A6 '^Demo data created' "$dir/demo.log" >"$dir/sign-ins.txt" || true
        else
            echo "demo data not added (see $dir/demo.log): $(tail -n 1 "$dir/demo.log")" >&2
        fi
    fi

    for n in "${hosts[@]}"; do
        (cd "$repo/src/Platform.Host" && exec dotnet "$dll" \
            --urls="http://127.0.0.1:$((base + n))" "${storage[@]}" "${cluster[@]}" \
            --Orleans:SiloPort="$((silo_base + n))" --Orleans:GatewayPort="$((gateway_base + n))" \
            >"$dir/host-$n.log" 2>&1) &
        echo $! >"$dir/host-$n.pid"
    done
    for n in "${hosts[@]}"; do wait_healthy "$n"; done

    for n in "${hosts[@]}"; do
        echo "host $n: http://127.0.0.1:$((base + n)) (pid $(cat "$dir/host-$n.pid"), log $dir/host-$n.log)"
    done
    if [[ -n "$seed" && -s "$dir/sign-ins.txt" ]]; then cat "$dir/sign-ins.txt"; fi
}

wait_healthy() {
    local n="$1"
    for _ in $(seq 1 240); do
        if curl -fs -o /dev/null "http://127.0.0.1:$((base + n))/health"; then
            return 0
        fi
        if ! kill -0 "$(cat "$dir/host-$n.pid")" 2>/dev/null; then
            echo "host $n exited; see $dir/host-$n.log" >&2
            exit 1
        fi
        sleep 0.5
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
                for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
                echo "host $n stopped (pid $pid)"
            fi
            rm -f "$pidfile"
        fi
    done
    if [[ -f "$dir/postgres.started" ]]; then
        local folder
        folder="$(cat "$dir/postgres.started")"
        pg pg_ctl -D "$folder/data" -m fast -w stop >/dev/null 2>&1 || true
        rm -f "$dir/postgres.started"
        echo "postgres stopped (data kept in $folder/data; 'purge' deletes it)"
    fi
}

purge() {
    down
    if [[ -f "$dir/pg-dir" ]]; then rm -rf "$(cat "$dir/pg-dir")"; fi
    rm -rf "$dir"
    echo "removed $dir"
}

case "${1:-}" in
    up) up "${2:-}" ;;
    down) down ;;
    purge) purge ;;
    *) echo "usage: $0 up [connection-string] | down | purge" >&2; exit 2 ;;
esac
