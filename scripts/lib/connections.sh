# shellcheck shell=bash
# scripts/lib/connections.sh — sourced by ./zeron: the app's connection settings (Npgsql and StackExchange.Redis
# strings) turned into what the command-line clients take (libpq's PG* variables, redis-cli arguments).
# Needs common.sh.

# pg_env_from CONNECTION_STRING — export PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD (and PGSSLMODE) from an
# Npgsql connection string ("Host=…;Port=…;Database=…;Username=…;Password=…"); keys are case-insensitive.
pg_env_from() {
  local part key value
  local -a parts
  unset PGHOST PGPORT PGDATABASE PGUSER PGPASSWORD PGSSLMODE
  IFS=';' read -r -a parts <<<"$1"
  for part in "${parts[@]}"; do
    [[ "$part" == *=* ]] || continue
    key="${part%%=*}" value="${part#*=}"
    key="$(tr -d ' ' <<<"${key,,}")"
    case "$key" in
      host | server) export PGHOST="$value" ;;
      port) export PGPORT="$value" ;;
      database | db) export PGDATABASE="$value" ;;
      username | user | userid | user_id) export PGUSER="$value" ;;
      password | pwd) export PGPASSWORD="$value" ;;
      sslmode) # Npgsql's VerifyCA/VerifyFull are libpq's verify-ca/verify-full
        value="${value,,}"
        case "$value" in verifyca) value=verify-ca ;; verifyfull) value=verify-full ;; esac
        export PGSSLMODE="$value" ;;
    esac
  done
  [[ -n "${PGDATABASE:-}" ]] || die "the PostgreSQL connection string names no Database"
}

# The owner role's connection for backups and restores: ConnectionStrings__PostgresMigrations, else
# ConnectionStrings__Postgres, else the instance of `./zeron up` (database zeron, superuser zeron).
# Sets PG_EXTERNAL=1 when the connection came from the environment (nothing of .zeron/ is started or stopped).
PG_EXTERNAL=0 # read by scripts/backup.sh
# shellcheck disable=SC2034 # PG_EXTERNAL is read by scripts/backup.sh
pg_owner_env() {
  if [[ -n "${ConnectionStrings__PostgresMigrations:-}${ConnectionStrings__Postgres:-}" ]]; then
    PG_EXTERNAL=1
    pg_env_from "${ConnectionStrings__PostgresMigrations:-${ConnectionStrings__Postgres}}"
  else
    PG_EXTERNAL=0
    # shellcheck disable=SC2153 # PG_PORT (the port of `up`, set by ./zeron), not libpq's PGPORT
    pg_env_from "Host=127.0.0.1;Port=$PG_PORT;Database=zeron;Username=zeron"
  fi
}

# redis_cli_args_from CONFIGURATION VAR — redis-cli arguments (-h -p [--user] [--tls]) for the first endpoint of a
# StackExchange.Redis configuration string ("host:port,password=…,user=…,ssl=true") into the array VAR; the password
# is exported as REDISCLI_AUTH (never on a command line).
redis_cli_args_from() {
  local -n out=$2
  local -a parts
  local part endpoint="" host port
  IFS=',' read -r -a parts <<<"$1"
  out=()
  for part in "${parts[@]}"; do
    part="${part#"${part%%[![:space:]]*}"}"
    case "${part,,}" in
      password=*) export REDISCLI_AUTH="${part#*=}" ;;
      user=*) out+=(--user "${part#*=}") ;;
      ssl=true) out+=(--tls) ;;
      *=*) ;;
      ?*) [[ -n "$endpoint" ]] || endpoint="$part" ;;
    esac
  done
  [[ -n "$endpoint" ]] || die "the Redis configuration names no endpoint"
  host="${endpoint%:*}" port="${endpoint##*:}"
  [[ "$endpoint" == *:* ]] || { host="$endpoint" port=6379; }
  out=(-h "$host" -p "$port" "${out[@]}")
}
