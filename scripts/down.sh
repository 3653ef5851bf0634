# shellcheck shell=bash
# scripts/down.sh — `./zeron down`; sourced by ./zeron (needs scripts/lib/*.sh).

cmd_down() {
  state_init
  local stopped=0 home
  if find_pg_bin; then
    home="$(pg_home)"
    if pg_running "$home/data"; then
      say "stopping PostgreSQL ($home/data)"
      pg_stop "$home/data" fast
      stopped=1
    fi
  fi
  if pid_alive "$STATE/redis/redis.pid"; then
    say "stopping Redis"
    redis_stop "$STATE/redis/redis.pid"
    stopped=1
  fi
  [[ $stopped -eq 1 ]] || say "nothing to stop"
  state_unlock
}

