# shellcheck shell=bash
# scripts/lib/common.sh — sourced by ./zeron first (ROOT, STATE and the ports are set there): messages, exit hooks and traps,
# temp dirs, root, ports, the .zeron/ state dir and its lock.

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

IS_ROOT=0
[[ $EUID -eq 0 ]] && IS_ROOT=1

# ----------------------------------------------------------------------------------------------
# messages and small helpers
# ----------------------------------------------------------------------------------------------
say()  { printf 'zeron: %s\n' "$*"; }
warn() { printf 'zeron: warning: %s\n' "$*" >&2; }
die()  { printf 'zeron: error: %s\n' "$*" >&2; exit 1; }

# Temporary directories removed on exit (pgvector build dir, throwaway test services, ...).
TMP_DIRS=()
EXIT_HOOKS=()
on_exit() {
  local hook dir
  for hook in "${EXIT_HOOKS[@]+"${EXIT_HOOKS[@]}"}"; do "$hook" >/dev/null 2>&1 || true; done
  for dir in "${TMP_DIRS[@]+"${TMP_DIRS[@]}"}"; do rm -rf -- "$dir" 2>/dev/null || true; done
}
trap on_exit EXIT
set -E # report unexpected failures (set -e) with their location instead of exiting silently
trap 'printf "zeron: error: unexpected failure (exit %s) at %s line %s: %s\n" "$?" "${BASH_SOURCE[0]#"$ROOT"/}" "$LINENO" "$BASH_COMMAND" >&2' ERR
trap 'exit 130' INT
trap 'exit 143' TERM

make_tmp_dir() { # make_tmp_dir VAR  — a private temp dir removed on exit
  local d
  d="$(mktemp -d "${TMPDIR:-/tmp}/zeron.XXXXXXXX")"
  TMP_DIRS+=("$d")
  printf -v "$1" '%s' "$d"
}

as_root() {
  if [[ $IS_ROOT -eq 1 ]]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root for: $* (install sudo or run as root)"
  fi
}

short_hash() { printf '%s' "$1" | sha1sum | cut -c1-12; }

port_in_use() { # true if something listens on 127.0.0.1/any address at TCP port $1
  local port=$1
  if command -v ss >/dev/null 2>&1; then
    [[ -n "$(ss -Hltn "sport = :$port" 2>/dev/null)" ]]
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
  fi
}

free_port_from() { # first free TCP port >= $1
  local p=$1
  while port_in_use "$p"; do
    p=$((p + 1))
    [[ $p -lt $(($1 + 500)) ]] || die "no free TCP port found in $1..$p"
  done
  echo "$p"
}

ensure_dotnet() {
  command -v dotnet >/dev/null 2>&1 ||
    die "the .NET SDK is not installed (need 10.0): see https://learn.microsoft.com/dotnet/core/install/linux-debian"
}

# ----------------------------------------------------------------------------------------------
# .zeron/ state: created on first use; one `zeron up/down` at a time per checkout (lock on fd 9)
# ----------------------------------------------------------------------------------------------
state_init() {
  mkdir -p "$STATE"
  if [[ $IS_ROOT -eq 1 ]]; then chmod 711 "$STATE"; fi # traverse-only for the postgres user
  # One `zeron up/down` at a time per checkout.
  exec 9>"$STATE/.lock"
  if ! flock -n 9; then
    say "another ./zeron command is provisioning this checkout; waiting..."
    flock 9
  fi
}

state_unlock() { flock -u 9 2>/dev/null || true; exec 9>&-; }
