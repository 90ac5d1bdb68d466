#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the tests marked `postgres`, and export
# DIXIT_TEST_POSTGRES_URL for them. Source it (`. .ci/postgres.sh`) so the variable
# reaches pytest; the server stops when the shell that sourced it exits.
#
# Needs root (or an existing `postgres` user and PostgreSQL binaries). Installs Debian's
# `postgresql` package when no initdb is found.

_dixit_pg_port="${DIXIT_PG_PORT:-54329}"
_dixit_pg_db="dixit_test"

_dixit_pg_bin() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
    done
    command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
    return 1
}

_dixit_pg_start() {
    local bin datadir
    if ! bin="$(_dixit_pg_bin)"; then
        echo "postgres.sh: installing PostgreSQL" >&2
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 \
            && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2 \
            || { echo "postgres.sh: cannot install postgresql" >&2; return 1; }
        bin="$(_dixit_pg_bin)" || { echo "postgres.sh: no initdb after install" >&2; return 1; }
    fi
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    if "$bin/pg_isready" -q -h 127.0.0.1 -p "$_dixit_pg_port"; then
        echo "postgres.sh: reusing the server on 127.0.0.1:$_dixit_pg_port" >&2
    else
        datadir="$(mktemp -d /tmp/dixit-pg.XXXXXX)"
        chown postgres "$datadir"
        su postgres -s /bin/sh -c \
            "'$bin/initdb' -D '$datadir' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" \
            >"$datadir.initdb.log" 2>&1 \
            || { cat "$datadir.initdb.log" >&2; return 1; }
        su postgres -s /bin/sh -c \
            "'$bin/pg_ctl' -D '$datadir' -l '$datadir/server.log' -w \
             -o \"-k /tmp -h 127.0.0.1 -p $_dixit_pg_port -c fsync=off\" start" >&2 \
            || { cat "$datadir/server.log" >&2; return 1; }
        # Stop the server and remove its files when the sourcing shell exits.
        trap "su postgres -s /bin/sh -c \"'$bin/pg_ctl' -D '$datadir' -m immediate stop\" \
              >/dev/null 2>&1; rm -rf '$datadir' '$datadir.initdb.log'" EXIT
    fi
    "$bin/psql" -h 127.0.0.1 -p "$_dixit_pg_port" -U postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$_dixit_pg_db'" | grep -q 1 \
        || "$bin/createdb" -h 127.0.0.1 -p "$_dixit_pg_port" -U postgres "$_dixit_pg_db"
    export DIXIT_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$_dixit_pg_port/$_dixit_pg_db"
    echo "postgres.sh: DIXIT_TEST_POSTGRES_URL=$DIXIT_TEST_POSTGRES_URL" >&2
}

_dixit_pg_start
