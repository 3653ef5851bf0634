# shellcheck shell=bash
# scripts/lib/postgres.sh — sourced by ./zeron: the PostgreSQL packages, and PostgreSQL instances (the
# persistent one of `up` under .zeron/, throwaway ones for `test`). Needs common.sh, apt.sh and pgvector.sh.

# ----------------------------------------------------------------------------------------------
# packages
# ----------------------------------------------------------------------------------------------
PGBIN="" PGVER=""

find_pg_bin() {
  local initdb
  initdb="$(compgen -G '/usr/lib/postgresql/*/bin/initdb' | sort -V | tail -n 1 || true)"
  [[ -n "$initdb" ]] || return 1
  PGBIN="$(dirname "$initdb")"
  PGVER="$(basename "$(dirname "$PGBIN")")"
}

ensure_postgres_packages() {
  if ! find_pg_bin; then
    apt_install postgresql
    find_pg_bin || die "PostgreSQL installed but no /usr/lib/postgresql/*/bin/initdb found"
  fi
  if [[ $IS_ROOT -eq 1 ]] && ! id -u postgres >/dev/null 2>&1; then
    die "the 'postgres' system user is missing (it is created by Debian's postgresql package)"
  fi
  ensure_pgvector
}

# ----------------------------------------------------------------------------------------------
# instances
# PostgreSQL refuses to run as root, so as root we run it as the `postgres` system user; otherwise
# as the current user.
# ----------------------------------------------------------------------------------------------
as_pg() {
  if [[ $IS_ROOT -eq 1 ]]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

pg_own() { # give a directory to the user running PostgreSQL
  [[ $IS_ROOT -eq 1 ]] && chown postgres:postgres "$@"
  return 0
}

pg_running() { [[ -f "$1/postmaster.pid" ]] && as_pg "$PGBIN/pg_ctl" -D "$1" status >/dev/null 2>&1; }

# pg_start HOME PORT [extra postgres -c settings...]   (HOME holds data/, run/ and postgresql.log)
# Sets PG_STARTED=true or false; dies only on what a retry cannot mend (initdb, a version mismatch).
pg_start() {
  local home=$1 port=$2
  shift 2
  local data="$home/data" sock="$home/run" log="$home/postgresql.log"
  # Unix socket paths are limited to 107 bytes; fall back to a short private dir if needed.
  if [[ $((${#sock} + 20)) -gt 107 ]]; then
    sock="${TMPDIR:-/tmp}/zeron-pg-$(short_hash "$home")"
  fi
  mkdir -p "$sock"
  chmod 700 "$sock"
  pg_own "$sock"

  if [[ ! -f "$data/PG_VERSION" ]]; then
    mkdir -p "$data"
    chmod 700 "$data"
    pg_own "$data"
    as_pg "$PGBIN/initdb" -D "$data" -U zeron --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$home/initdb.log" 2>&1 ||
      { cat "$home/initdb.log" >&2; die "initdb failed"; }
  elif [[ "$(cat "$data/PG_VERSION")" != "$PGVER" ]]; then
    die "$data was created by PostgreSQL $(cat "$data/PG_VERSION") but PostgreSQL $PGVER is installed; remove it (data loss!) or install the matching version"
  fi

  local opts="-p $port -k '$sock' -c listen_addresses=127.0.0.1"
  local setting
  for setting in "$@"; do opts+=" -c $setting"; done
  # fd 9 (our state lock) must not leak into the long-running server.
  # Not `pg_ctl … || return 1`: a caller testing our status would switch off `set -e` for everything above.
  PG_STARTED=false
  if as_pg "$PGBIN/pg_ctl" -D "$data" -l "$log" -w -t 120 -o "$opts" start >/dev/null 9>&-; then
    PG_STARTED=true
  else
    tail -n 30 "$log" >&2 || true
    say "PostgreSQL failed to start (log: $log)" >&2
  fi
}

pg_stop() { # pg_stop DATA MODE
  pg_running "$1" || return 0
  as_pg "$PGBIN/pg_ctl" -D "$1" -m "$2" -w -t 60 stop >/dev/null
}

psql_at() { # psql_at PORT DB SQL  — run SQL as the zeron superuser over TCP
  PGCONNECT_TIMEOUT=10 PGOPTIONS='-c client_min_messages=warning' "$PGBIN/psql" -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$1" -U zeron -d "$2" -c "$3"
}

# ----------------------------------------------------------------------------------------------
# the persistent instance of `up` / `services` under .zeron/
# ----------------------------------------------------------------------------------------------
# Where the persistent PostgreSQL lives. Normally .zeron/pg. When running as root, PostgreSQL runs
# as `postgres`, which must be able to traverse every directory down to it; we make .zeron itself
# traversable (0711) but never change permissions above the repo. If a parent (e.g. /root, 0700)
# blocks `postgres`, the cluster lives in postgres' own home instead, /var/lib/postgresql/zeron-<hash
# of the repo path>, and .zeron/pg is a symlink to it, so it is still "the repo's" data.
pg_home() {
  local local_home="$STATE/pg"
  if [[ $IS_ROOT -eq 1 ]] && ! runuser -u postgres -- test -x "$STATE" 2>/dev/null; then
    local fallback key=$ROOT
    [[ "$STATE" == "$ROOT/.zeron" ]] || key=$STATE # another state dir (ZERON_STATE) must not share the checkout's cluster
    fallback="$(getent passwd postgres | cut -d: -f6)/zeron-$(short_hash "$key")"
    if [[ ! -e "$local_home" || -L "$local_home" ]]; then
      mkdir -p "$fallback"
      ln -sfn "$fallback" "$local_home"
    fi
    echo "$fallback"
  else
    echo "$local_home"
  fi
}

start_dev_postgres() {
  local home data running_port
  home="$(pg_home)"
  data="$home/data"
  mkdir -p "$home"
  chmod 750 "$home"
  pg_own "$home"
  if pg_running "$data"; then
    running_port="$(sed -n 4p "$data/postmaster.pid" 2>/dev/null || true)"
    if [[ "$running_port" == "$PG_PORT" ]]; then
      say "PostgreSQL already running on 127.0.0.1:$PG_PORT"
    else
      port_in_use "$PG_PORT" && die "port $PG_PORT is taken by another program: set ZERON_PG_PORT (or ConnectionStrings__Postgres)"
      say "PostgreSQL is running on port $running_port; restarting it on $PG_PORT"
      pg_stop "$data" fast
    fi
  fi
  if ! pg_running "$data"; then
    port_in_use "$PG_PORT" && die "port $PG_PORT is taken by another program: set ZERON_PG_PORT (or ConnectionStrings__Postgres)"
    say "starting PostgreSQL $PGVER on 127.0.0.1:$PG_PORT (data: $data)"
    pg_start "$home" "$PG_PORT"
    $PG_STARTED || die "PostgreSQL did not start on port $PG_PORT"
  fi
  if [[ -z "$(psql_at "$PG_PORT" postgres "select 1 from pg_database where datname = 'zeron'")" ]]; then
    say "creating database zeron"
    psql_at "$PG_PORT" postgres 'CREATE DATABASE zeron OWNER zeron' >/dev/null
  fi
  psql_at "$PG_PORT" zeron 'CREATE EXTENSION IF NOT EXISTS vector' >/dev/null ||
    die "CREATE EXTENSION vector failed in database zeron"
  # The app runs as zeron_app: neither superuser nor owner of the tables, so row-level security applies to it.
  # zeron (the owner) applies migrations and grants zeron_app its data rights.
  if [[ -z "$(psql_at "$PG_PORT" postgres "select 1 from pg_roles where rolname = 'zeron_app'")" ]]; then
    say "creating the app's database role zeron_app"
    psql_at "$PG_PORT" postgres 'CREATE ROLE zeron_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE' >/dev/null
  fi
}

# ----------------------------------------------------------------------------------------------
# throwaway instances of `test`
# ----------------------------------------------------------------------------------------------
# Throwaway test ports sit below Linux's ephemeral range (32768-60999), so an outgoing connection's local port,
# which a check for listeners cannot see, never takes them between the check and the bind.
TEST_PG_PORT_BASE=25432

# start_throwaway_postgres HOME VAR  — a fresh cluster in HOME on the first free port from TEST_PG_PORT_BASE,
# pgvector in template1; its port goes into VAR. The caller stops it (pg_stop HOME/data immediate).
start_throwaway_postgres() {
  local home=$1 port=$TEST_PG_PORT_BASE attempt
  mkdir -p "$home"
  pg_own "$home"
  # Durability is pointless for a throwaway cluster; connections are raised because tests
  # create a database (and a connection pool) per test class. A port taken between the check and the
  # bind gets up to two more tries on the next free ports.
  for attempt in 1 2 3; do
    port="$(free_port_from "$port")"
    pg_start "$home" "$port" fsync=off synchronous_commit=off full_page_writes=off max_connections=300
    if $PG_STARTED; then break; fi
    [[ $attempt -lt 3 ]] || die "the throwaway PostgreSQL did not start (three tries)"
    pg_stop "$home/data" immediate || true # if it came up after all, it must not hold the data dir
    port=$((port + 1))
  done
  psql_at "$port" template1 'CREATE EXTENSION IF NOT EXISTS vector' >/dev/null ||
    die "CREATE EXTENSION vector failed in the throwaway PostgreSQL"
  printf -v "$2" '%s' "$port"
}
