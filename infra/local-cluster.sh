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
# That PostgreSQL trusts every connection from this machine (no password): a trial cluster, not a home for real data.
# Host n listens on http://127.0.0.1:$((CLUSTER_PORT_BASE+n)) (default 5081, 5082), silo port 11110+n, gateway
# 30000+n (CLUSTER_SILO_PORT_BASE, CLUSTER_GATEWAY_PORT_BASE), PostgreSQL on $CLUSTER_PG_PORT (default
# CLUSTER_PORT_BASE+10000 = 15080). Logs and pid files are in $CLUSTER_DIR (default /tmp/roundtable-cluster).
# "up" refuses ports another program holds, and when it fails half-way it stops what it had started.
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

# Starts the private PostgreSQL; sets $created when it had to create the database (a fresh one, to fill with the demo).
start_postgres() {
    if [[ ! -x "$pg_bin/initdb" ]]; then
        echo "PostgreSQL 15 binaries not found in $pg_bin (apt-get install postgresql-15, or set PG_BIN)" >&2
        exit 1
    fi
    local folder
    folder="$(pg_dir)"
    if [[ ! -f "$folder/data/PG_VERSION" ]]; then
        # C.UTF-8 is on every Debian; the caller's LANG may name a locale this machine never generated.
        pg initdb -D "$folder/data" -U roundtable --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/postgres-init.log"
    fi
    if ! pg pg_ctl -D "$folder/data" -l "$folder/postgres.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $folder -c fsync=off" start >/dev/null; then
        echo "PostgreSQL did not start; its log: $folder/postgres.log" >&2
        tail -n 5 "$folder/postgres.log" >&2 || true
        exit 1
    fi
    echo "$folder" >"$dir/postgres.started"
    if ! pg psql -h "$folder" -p "$pg_port" -U roundtable -d postgres -tAc \
        "select 1 from pg_database where datname='roundtable'" | grep -q 1; then
        pg createdb -h "$folder" -p "$pg_port" -U roundtable roundtable
        created=yes
    fi
}

# True when something accepts connections on 127.0.0.1:$1.
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# True when 127.0.0.1:$1 answers GET /health with 200. Through bash's /dev/tcp: a fresh machine may have no curl.
healthy() {
    (
        exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
        printf 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
        read -r -t 10 status <&3 && [[ "$status" == "HTTP/1.1 200 "* ]]
    ) 2>/dev/null
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
    local ports=()
    for n in "${hosts[@]}"; do ports+=("$((base + n))"); done
    if [[ -z "$connection" ]]; then ports+=("$pg_port"); fi
    for port in "${ports[@]}"; do
        if listening "$port"; then
            echo "port $port on 127.0.0.1 is taken by another program; choose others with CLUSTER_PORT_BASE / CLUSTER_PG_PORT" >&2
            exit 1
        fi
    done

    # From here on a failure stops whatever this run started; the logs stay in $dir.
    trap 'status=$?; if (( status != 0 )); then echo "up failed; stopping what it started (logs in $dir)" >&2; down >&2; fi' EXIT

    # Quick when the host is built already. Its output goes to a file: dotnet's build servers outlive the build and
    # would otherwise keep the caller's terminal or pipe open.
    if ! dotnet build "$repo/src/Platform.Host" -nologo -v quiet </dev/null >"$dir/build.log" 2>&1; then
        tail -n 20 "$dir/build.log" >&2
        echo "the build failed; see $dir/build.log" >&2
        exit 1
    fi
    local dll="$repo/src/Platform.Host/bin/Debug/net10.0/Platform.Host.dll"
    # As "dotnet run" (launchSettings.json) does: the hosts answer plain http on loopback, and outside Development the
    # sign-in and antiforgery cookies are HTTPS-only, so no one could sign in.
    export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
    created=""
    if [[ -z "$connection" ]]; then
        start_postgres
        connection="Host=127.0.0.1;Port=$pg_port;Database=roundtable;Username=roundtable"
    fi
    local storage=(--Storage:DataDirectory="$dir/data" --Storage:Provider=postgresql --Storage:ConnectionString="$connection")
    local cluster=(--Orleans:Membership=database)

    if [[ -n "$created" ]]; then
        # A new database: the demo verb migrates it, then fills it. A database kept from an earlier "up" has its people
        # already, and the sign-ins saved then still hold.
        if (cd "$repo/src/Platform.Host" && dotnet "$dll" demo "${storage[@]}" "${cluster[@]}" \
                --Orleans:SiloPort="$silo_base" --Orleans:GatewayPort="$gateway_base" </dev/null >"$dir/demo.log" 2>&1); then
            grep -A7 '^Demo data created' "$dir/demo.log" >"$dir/sign-ins.txt" || true
        else
            echo "the demo data could not be added (see $dir/demo.log): $(tail -n 1 "$dir/demo.log")" >&2
            # Dropped, so the next "up" starts again from an empty database instead of keeping a half-filled one.
            pg dropdb -h "$(cat "$dir/postgres.started")" -p "$pg_port" -U roundtable roundtable || true
            exit 1
        fi
    fi

    for n in "${hosts[@]}"; do
        (cd "$repo/src/Platform.Host" && exec dotnet "$dll" \
            --urls="http://127.0.0.1:$((base + n))" "${storage[@]}" "${cluster[@]}" \
            --Orleans:SiloPort="$((silo_base + n))" --Orleans:GatewayPort="$((gateway_base + n))" \
            </dev/null >"$dir/host-$n.log" 2>&1) &
        echo $! >"$dir/host-$n.pid"
    done
    for n in "${hosts[@]}"; do wait_healthy "$n"; done
    trap - EXIT

    for n in "${hosts[@]}"; do
        echo "host $n: http://127.0.0.1:$((base + n)) (pid $(cat "$dir/host-$n.pid"), log $dir/host-$n.log)"
    done
    if [[ -z "${1:-}" && -s "$dir/sign-ins.txt" ]]; then cat "$dir/sign-ins.txt"; fi
}

wait_healthy() {
    local n="$1"
    for _ in $(seq 1 240); do
        if healthy "$((base + n))"; then
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

# The pid in $1 when it is still one of this script's hosts (a pid file left by a crash may name another program now).
our_host() { [[ -r "/proc/$1/cmdline" ]] && tr '\0' ' ' <"/proc/$1/cmdline" | grep -q "Platform.Host.dll --urls=http://127.0.0.1:"; }

down() {
    for n in "${hosts[@]}"; do
        local pidfile="$dir/host-$n.pid"
        if [[ -f "$pidfile" ]]; then
            local pid
            pid="$(cat "$pidfile")"
            if our_host "$pid" && kill "$pid" 2>/dev/null; then
                # A graceful stop: the host leaves the cluster and hands its grains over; after 30 s it is killed.
                for _ in $(seq 1 60); do our_host "$pid" || break; sleep 0.5; done
                if our_host "$pid"; then
                    kill -9 "$pid" 2>/dev/null || true
                    echo "host $n killed after 30 s (pid $pid)"
                else
                    echo "host $n stopped (pid $pid)"
                fi
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
