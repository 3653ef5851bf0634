# shellcheck shell=bash
# scripts/lib/redis.sh — sourced by ./zeron: the Redis packages and Redis instances (the persistent one of
# `up` under .zeron/redis, throwaway ones for `test`). Needs common.sh and apt.sh.

ensure_redis_packages() {
  if ! command -v redis-server >/dev/null 2>&1; then apt_install redis-server; fi
  if ! command -v redis-cli >/dev/null 2>&1; then apt_install redis-tools; fi
}

redis_ping() { [[ "$(redis-cli -h 127.0.0.1 -p "$1" ping 2>/dev/null)" == "PONG" ]]; }

pid_alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

redis_wait() { # redis_wait PORT LOG
  for _ in $(seq 1 50); do
    redis_ping "$1" && return 0
    sleep 0.2
  done
  tail -n 20 "$2" >&2 || true
  die "Redis did not answer on port $1 (log: $2)"
}

redis_stop() { # redis_stop PIDFILE [nosave]
  pid_alive "$1" || return 0
  local pid
  pid="$(cat "$1")"
  kill -TERM "$pid" 2>/dev/null || true # graceful: Redis flushes its AOF and exits
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
}

start_dev_redis() {
  local dir="$STATE/redis"
  local pidfile="$dir/redis.pid" log="$dir/redis.log"
  mkdir -p "$dir"
  chmod 700 "$dir"
  if pid_alive "$pidfile"; then
    if redis_ping "$REDIS_PORT"; then
      say "Redis already running on 127.0.0.1:$REDIS_PORT"
      return 0
    fi
    port_in_use "$REDIS_PORT" && die "port $REDIS_PORT is taken by another program: set ZERON_REDIS_PORT (or ConnectionStrings__Redis)"
    say "Redis from .zeron/redis is running on another port; restarting it on $REDIS_PORT"
    redis_stop "$pidfile"
  fi
  if port_in_use "$REDIS_PORT"; then
    # Our own Redis whose pid file went missing is recognised by its data directory.
    if [[ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" config get dir 2>/dev/null | sed -n 2p)" == "$dir" ]]; then
      say "Redis already running on 127.0.0.1:$REDIS_PORT"
      return 0
    fi
    die "port $REDIS_PORT is taken by another program: set ZERON_REDIS_PORT (or ConnectionStrings__Redis)"
  fi
  say "starting Redis on 127.0.0.1:$REDIS_PORT (data: $dir)"
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$dir" --appendonly yes \
    --daemonize yes --pidfile "$pidfile" --logfile "$log" 9>&- ||
    die "redis-server failed to start (log: $log)"
  redis_wait "$REDIS_PORT" "$log"
}

# ----------------------------------------------------------------------------------------------
# throwaway instances of `test`
# ----------------------------------------------------------------------------------------------
TEST_REDIS_PORT_BASE=26379 # below the ephemeral port range, like TEST_PG_PORT_BASE (postgres.sh)

# start_throwaway_redis DIR VAR  — a Redis without persistence in DIR (pid file DIR/redis.pid) on the first free
# port from TEST_REDIS_PORT_BASE; its port goes into VAR. The caller stops it (redis_stop DIR/redis.pid).
start_throwaway_redis() {
  local dir=$1 port=$TEST_REDIS_PORT_BASE attempt
  local pidfile="$dir/redis.pid"
  mkdir -p "$dir"
  # --daemonize returns before the bind, so a lost port race shows as no answer: stop it, take the next port.
  for attempt in 1 2 3; do
    port="$(free_port_from "$port")"
    redis-server --bind 127.0.0.1 --port "$port" --dir "$dir" --save '' --appendonly no \
      --daemonize yes --pidfile "$pidfile" --logfile "$dir/redis.log" ||
      die "throwaway redis-server failed to start"
    for _ in $(seq 1 50); do
      pid_alive "$pidfile" || break # lost the port: it has exited
      # Ours must be the one answering, not another run's Redis that took the port first.
      [[ "$(redis-cli -h 127.0.0.1 -p "$port" info server 2>/dev/null | tr -d '\r' | sed -n 's/^process_id://p')" == "$(cat "$pidfile")" ]] && break 2
      sleep 0.2
    done
    tail -n 20 "$dir/redis.log" >&2 || true
    [[ $attempt -lt 3 ]] || die "the throwaway Redis did not answer (three tries)"
    redis_stop "$pidfile" nosave || true
    port=$((port + 1))
  done
  printf -v "$2" '%s' "$port"
}
