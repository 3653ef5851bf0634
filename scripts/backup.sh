# shellcheck shell=bash
# scripts/backup.sh — `./zeron backup [DIR]` and `./zeron restore DIR [--force]`; sourced by ./zeron (needs
# scripts/lib/*.sh). What a backup holds and why: docs/adr/0019-backups.md.
#
# A backup is a folder: postgres.dump (pg_dump -Fc of the app's database, taken as the owner role so row-level
# security hides nothing), redis.rdb (a point-in-time snapshot served by Redis itself, `redis-cli --rdb`),
# SHA256SUMS and manifest.json (versions, each module's migrations, sizes, checksums). The key-encryption key is
# never in it. The in-app job (Zeron__Backup__Cron) writes the same layout, so `./zeron restore` takes either.

BACKUP_FILES=(postgres.dump redis.rdb)
BACKUP_KEK_NOTE="Zeron__DataProtection__KeyEncryptionKey is NOT in the backup (it is in .zeron/secrets.env as ZERON_KEY_ENCRYPTION_KEY, or wherever you set it): keep it separately; without it the restored key ring (sign-in cookies, webhook secrets) cannot be read"

pg_tool() { # pg_tool NAME — path of a PostgreSQL client program: the installed server's own, else from PATH
  if [[ -n "$PGBIN" && -x "$PGBIN/$1" ]]; then echo "$PGBIN/$1"
  elif command -v "$1"; then :
  else die "$1 not found: install the PostgreSQL client (postgresql-client) matching the server's major version"
  fi
}

pg_sql() { # pg_sql SQL [DATABASE]  — one statement as the owner role (PG* from pg_owner_env); prints the rows
  PGCONNECT_TIMEOUT=10 PGOPTIONS='-c client_min_messages=warning' "$(pg_tool psql)" -X -q -At -v ON_ERROR_STOP=1 \
    -d "${2:-$PGDATABASE}" -c "$1"
}

# Starts the .zeron/ services the connection settings do not replace, and sets PG* and REDIS_ARGS for the rest.
REDIS_ARGS=()
backup_services() {
  find_pg_bin || true
  pg_owner_env
  if [[ $PG_EXTERNAL -eq 0 ]]; then
    ensure_postgres_packages
    start_dev_postgres
  fi
  if [[ -n "${ConnectionStrings__Redis:-}" ]]; then
    redis_cli_args_from "$ConnectionStrings__Redis" REDIS_ARGS
  else
    ensure_redis_packages
    start_dev_redis
    REDIS_ARGS=(-h 127.0.0.1 -p "$REDIS_PORT")
  fi
  command -v redis-cli >/dev/null 2>&1 || die "redis-cli not found: install redis-tools"
}

json_str() { # json_str TEXT — TEXT as a JSON string
  local s=${1//\\/\\\\}
  s=${s//\"/\\\"}
  printf '"%s"' "${s//$'\n'/\\n}"
}

# Each module's applied migrations ({"schema": ["id", ...]}) from its own history table.
# (The id is the history table's first column, whatever the naming convention calls it.)
MIGRATIONS_SQL="SELECT coalesce(json_object_agg(table_schema, ids ORDER BY table_schema), '{}') FROM (
  SELECT t.table_schema, to_json((xpath('/table/row/m/text()', query_to_xml(format('SELECT %I AS m FROM %I.%I ORDER BY 1',
    (SELECT column_name FROM information_schema.columns c WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
     ORDER BY ordinal_position LIMIT 1), t.table_schema, t.table_name), false, false, '')))::text[]) AS ids
  FROM information_schema.tables t WHERE t.table_name = '__ef_migrations_history') h"

backup_manifest() { # backup_manifest DIR  — writes DIR/SHA256SUMS and DIR/manifest.json
  local dir=$1 f files="" version server pg_dump_version redis_version migrations
  (cd "$dir" && sha256sum "${BACKUP_FILES[@]}" >SHA256SUMS)
  for f in "${BACKUP_FILES[@]}"; do
    files+="${files:+,}{\"name\":$(json_str "$f"),\"bytes\":$(stat -c %s "$dir/$f"),\"sha256\":\"$(grep " $f\$" "$dir/SHA256SUMS" | cut -d' ' -f1)\"}"
  done
  # Each value is read before the file is written: a failing query stops the backup instead of leaving a hole.
  version="$(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)"
  server="$(pg_sql 'SHOW server_version')"
  pg_dump_version="$("$(pg_tool pg_dump)" --version)"
  redis_version="$(redis-cli "${REDIS_ARGS[@]}" info server | tr -d '\r' | sed -n 's/^redis_version://p')"
  migrations="$(pg_sql "$MIGRATIONS_SQL")"
  cat >"$dir/manifest.json" <<EOF
{
  "format": 1,
  "createdAt": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "createdBy": "./zeron backup",
  "zeronVersion": $(json_str "$version"),
  "postgres": {"database": $(json_str "$PGDATABASE"), "serverVersion": $(json_str "$server"), "pgDump": $(json_str "$pg_dump_version")},
  "redis": {"version": $(json_str "$redis_version")},
  "migrations": $migrations,
  "files": [$files],
  "notIncluded": $(json_str "Zeron__DataProtection__KeyEncryptionKey: keep it separately")
}
EOF
}

BACKUP_PARTIAL=""
backup_remove_partial() { if [[ -n "$BACKUP_PARTIAL" ]]; then rm -rf -- "$BACKUP_PARTIAL"; fi; }

cmd_backup() {
  [[ $# -le 1 ]] || die "usage: ./zeron backup [DIR]"
  state_init
  local dir="${1:-$STATE/backups/$(date -u +%Y-%m-%dT%H%M%SZ)}"
  if [[ -e "$dir" && -n "$(ls -A "$dir" 2>/dev/null)" ]]; then die "$dir exists and is not empty"; fi
  backup_services
  mkdir -p "$dir"
  chmod 700 "$dir" # every row of every organization is in it
  dir="$(cd "$dir" && pwd -P)"
  BACKUP_PARTIAL="$dir"
  EXIT_HOOKS+=(backup_remove_partial) # an interrupted or failed backup leaves no folder that looks complete

  say "dumping PostgreSQL database $PGDATABASE on ${PGHOST:-localhost}:${PGPORT:-5432} as ${PGUSER:-$(id -un)} (pg_dump -Fc)"
  "$(pg_tool pg_dump)" -Fc --no-password -d "$PGDATABASE" -f "$dir/postgres.dump" ||
    die "pg_dump failed (the owner role must see every row: a superuser, or BYPASSRLS)"
  say "taking a Redis snapshot (redis-cli --rdb)"
  local out
  out="$(redis-cli "${REDIS_ARGS[@]}" --rdb "$dir/redis.rdb" 2>&1)" || die "redis-cli --rdb failed: $out"
  backup_manifest "$dir"
  BACKUP_PARTIAL=""
  state_unlock
  say "backup written to $dir ($(du -sh "$dir" | cut -f1)): ${BACKUP_FILES[*]} SHA256SUMS manifest.json"
  say "restore it with: ./zeron restore $dir"
  warn "$BACKUP_KEK_NOTE"
}

# True if the database has no tables of its own (extensions' objects do not count).
pg_database_empty() {
  [[ "$(pg_sql "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')")" == 0 ]]
}

pg_quote_ident() { local s=${1//\"/\"\"}; printf '"%s"' "$s"; }

pg_recreate_database() { # drops (disconnecting everyone) and creates the database, owned by the restoring role
  local db owner
  db="$(pg_quote_ident "$PGDATABASE")" owner="$(pg_quote_ident "$(pg_sql 'SELECT current_user' postgres)")"
  pg_sql "DROP DATABASE IF EXISTS $db WITH (FORCE)" postgres >/dev/null
  pg_sql "CREATE DATABASE $db OWNER $owner" postgres >/dev/null
}

# Loads DIR/redis.rdb into the .zeron/ Redis. With AOF on and no AOF files Redis starts empty (dump.rdb is ignored),
# so it starts once with AOF off to load the snapshot, turns AOF on (which rewrites the AOF from memory), and then
# restarts as `./zeron up` runs it.
redis_restore_dev() {
  local rdb=$1 dir="$STATE/redis" info
  local pidfile="$dir/redis.pid" log="$dir/redis.log"
  redis_stop "$pidfile"
  port_in_use "$REDIS_PORT" && die "port $REDIS_PORT is taken by a Redis not started from $STATE: stop it first"
  mkdir -p "$dir"
  chmod 700 "$dir"
  rm -rf -- "$dir/appendonlydir" "$dir/dump.rdb"
  cp -- "$rdb" "$dir/dump.rdb"
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$dir" --appendonly no \
    --daemonize yes --pidfile "$pidfile" --logfile "$log" 9>&- || die "redis-server failed to start (log: $log)"
  redis_wait "$REDIS_PORT" "$log"
  redis-cli -h 127.0.0.1 -p "$REDIS_PORT" config set appendonly yes >/dev/null
  for _ in $(seq 1 600); do
    info="$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" info persistence | tr -d '\r')"
    if grep -q '^aof_rewrite_in_progress:0' <<<"$info" && grep -q '^aof_rewrite_scheduled:0' <<<"$info" &&
      [[ -f "$dir/appendonlydir/appendonly.aof.manifest" ]]; then
      break
    fi
    sleep 0.1
  done
  grep -q '^aof_last_bgrewrite_status:ok' <<<"$info" || die "Redis did not write its AOF from the snapshot (log: $log)"
  redis_stop "$pidfile"
  start_dev_redis
}

cmd_restore() {
  local dir="" force=0 arg
  for arg in "$@"; do
    case "$arg" in
      --force) force=1 ;;
      -*) die "unknown option: $arg (usage: ./zeron restore DIR [--force])" ;;
      *) [[ -z "$dir" ]] || die "usage: ./zeron restore DIR [--force]"; dir="$arg" ;;
    esac
  done
  [[ -n "$dir" ]] || die "usage: ./zeron restore DIR [--force]"
  [[ -f "$dir/manifest.json" && -f "$dir/SHA256SUMS" ]] || die "$dir is not a complete Zeron backup (no manifest.json/SHA256SUMS)"
  (cd "$dir" && sha256sum --quiet -c SHA256SUMS) || die "$dir fails its checksums (SHA256SUMS): not restoring"
  dir="$(cd "$dir" && pwd -P)"

  state_init
  backup_services
  if [[ -z "$(pg_sql "SELECT 1 FROM pg_database WHERE datname = '${PGDATABASE//\'/\'\'}'" postgres)" ]]; then
    say "creating database $PGDATABASE"
    pg_sql "CREATE DATABASE $(pg_quote_ident "$PGDATABASE")" postgres >/dev/null
  fi
  local others
  others="$(pg_sql "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")"
  if ! pg_database_empty; then
    [[ $force -eq 1 ]] || die "database $PGDATABASE is not empty: restore only fills an empty install (--force drops and recreates it, disconnecting the app)"
    say "--force: dropping and recreating database $PGDATABASE"
    pg_recreate_database
  elif [[ "$others" != 0 ]]; then
    [[ $force -eq 1 ]] || die "database $PGDATABASE has $others other connections: stop the app first (or --force disconnects them)"
    pg_recreate_database
  fi

  say "restoring PostgreSQL database $PGDATABASE (pg_restore, one transaction)"
  "$(pg_tool pg_restore)" --no-owner --exit-on-error --single-transaction --no-password -d "$PGDATABASE" "$dir/postgres.dump" ||
    die "pg_restore failed: the database was left empty"
  if [[ -n "${ConnectionStrings__Redis:-}" ]]; then
    warn "Redis from ConnectionStrings__Redis is not managed by ./zeron: its data is not restored (it holds live state only: rate-limit counters, leases, caches). To restore it anyway, start it once with AOF off and $dir/redis.rdb as its dump file, then CONFIG SET appendonly yes"
  else
    say "restoring Redis from the snapshot"
    redis_restore_dev "$dir/redis.rdb"
  fi
  state_unlock
  say "restored from $dir; start the app (./zeron up): it applies newer migrations itself"
  warn "the app needs the Zeron__DataProtection__KeyEncryptionKey it had when the backup was taken (not in the backup)"
}
