# shellcheck shell=bash
# scripts/status.sh — `./zeron status`; sourced by ./zeron (needs scripts/lib/*.sh).

cmd_status() {
  local home
  if find_pg_bin && [[ -d "$STATE" ]]; then
    home="$(pg_home)"
    if pg_running "$home/data"; then
      say "PostgreSQL: running on 127.0.0.1:$(sed -n 4p "$home/data/postmaster.pid") (data: $home/data)"
    else
      say "PostgreSQL: stopped"
    fi
  else
    say "PostgreSQL: not set up"
  fi
  if pid_alive "$STATE/redis/redis.pid"; then
    say "Redis:      running (pid $(cat "$STATE/redis/redis.pid"), data: $STATE/redis)"
  else
    say "Redis:      stopped"
  fi
  if port_in_use "$HTTP_PORT"; then say "app:        something listens on 127.0.0.1:$HTTP_PORT"; else say "app:        not listening on $HTTP_PORT"; fi
}

