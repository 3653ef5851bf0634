# shellcheck shell=bash
# scripts/lib/apt.sh — sourced by ./zeron: install what is missing (apt-get update at most once per run,
# wait politely for other apt runs). Needs common.sh.

APT_UPDATED=0
APT_OPTS=(-o DPkg::Lock::Timeout=900 -o Acquire::Retries=3)

wait_for_apt() {
  local waited=0
  while pgrep -x 'apt|apt-get|aptitude|dpkg|unattended-upgr' >/dev/null 2>&1; do
    [[ $waited -eq 0 ]] && say "waiting for another apt/dpkg run to finish..."
    sleep 3
    waited=$((waited + 3))
    [[ $waited -lt 1800 ]] || die "apt/dpkg is still busy after 30 minutes"
  done
}

apt_update_once() {
  [[ $APT_UPDATED -eq 1 ]] && return 0
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found: this script provisions Debian/Ubuntu machines only"
  wait_for_apt
  say "apt-get update"
  apt_run update
  APT_UPDATED=1
}

apt_install() { # apt_install PKG...
  apt_update_once
  wait_for_apt
  say "installing: $*"
  apt_run install -y "$@"
}

apt_run() { # quiet apt-get; its output is shown only when it fails
  local log
  log="$(mktemp "${TMPDIR:-/tmp}/zeron-apt.XXXXXX")"
  if as_root env DEBIAN_FRONTEND=noninteractive NEEDRESTART_SUSPEND=1 \
    apt-get "${APT_OPTS[@]}" -q "$@" >"$log" 2>&1; then
    rm -f "$log"
  else
    tail -n 30 "$log" >&2
    rm -f "$log"
    die "apt-get $* failed"
  fi
}

pkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

apt_has_candidate() { # true if apt knows an installable version of $1
  local c
  c="$(apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ {print $2; exit}')"
  [[ -n "$c" && "$c" != "(none)" ]]
}

apt_lists_empty() { ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; }
