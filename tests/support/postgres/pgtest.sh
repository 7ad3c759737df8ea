#!/usr/bin/env bash
# Starts and stops a throw-away PostgreSQL server for the test suite: its own data directory,
# loopback only, run as a non-root user (initdb refuses root).
#   pgtest.sh start DIR PORT   -> prints the connection URL
#   pgtest.sh restart DIR      (same data, same port: what a database restart looks like)
#   pgtest.sh stop DIR
# PGTEST_FSYNC=on keeps fsync on (benchmarks); tests run with it off, for speed.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bindir/pg_ctl" ] || { echo "pgtest: PostgreSQL server binaries not found" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

cmd="${1:-}"; dir="${2:-}"
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: pgtest.sh start DIR PORT | stop DIR" >&2; exit 2; }

# Where the cluster lives: DIR itself, unless the server's user cannot reach it (a build tree
# under a 0700 folder such as mktemp -d makes, when run as root). Then a folder under /tmp named
# after DIR, so that restart and stop find it again.
real="$dir"
if [ "$(id -u)" -eq 0 ]; then
    parent="$(dirname "$dir")"
    mkdir -p "$parent"
    if ! runuser -u postgres -- test -x "$parent"; then
        real="/tmp/tablesync-pgtest-$(printf '%s' "$dir" | md5sum | cut -c1-16)"
    fi
fi

case "$cmd" in
start)
    port="${3:?port}"
    "$0" stop "$dir" >/dev/null 2>&1 || true
    rm -rf "$dir" "$real"
    mkdir -p "$dir" "$real"
    [ "$(id -u)" -eq 0 ] && chown postgres "$real"
    as_owner "$bindir/initdb" -D "$real/data" -U tablesync --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bindir/pg_ctl" -D "$real/data" -l "$real/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $real -c fsync=${PGTEST_FSYNC:-off} -c max_connections=200" start >/dev/null \
        || { cat "$real/server.log" >&2; exit 1; }
    as_owner "$bindir/createdb" -h 127.0.0.1 -p "$port" -U tablesync tablesync_test
    echo "postgresql://tablesync@127.0.0.1:$port/tablesync_test"
    ;;
restart)
    as_owner "$bindir/pg_ctl" -D "$real/data" -l "$real/server.log" -m fast -w -t 60 restart >/dev/null
    ;;
stop)
    [ -d "$real/data" ] || exit 0
    as_owner "$bindir/pg_ctl" -D "$real/data" -m fast -w stop >/dev/null
    [ "$real" = "$dir" ] || rm -rf "$real"
    ;;
*)
    echo "usage: pgtest.sh start DIR PORT | restart DIR | stop DIR" >&2; exit 2
    ;;
esac
