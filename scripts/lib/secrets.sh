# shellcheck shell=bash
# scripts/lib/secrets.sh — sourced by ./zeron: the generated secrets of `up` (JWT signing key, key-ring
# encryption key, admin password) in .zeron/secrets.env. Needs common.sh.

ADMIN_EMAIL_DEFAULT="admin@zeron.local"

# Generated secrets persist in .zeron/secrets.env (KEY=value lines, mode 600, never sourced).
SECRETS_FILE="$STATE/secrets.env"

random_alnum() { # random_alnum N
  local out=""
  while [[ ${#out} -lt $1 ]]; do
    out+="$(head -c 256 /dev/urandom | LC_ALL=C tr -dc 'A-Za-z0-9')"
  done
  printf '%s' "${out:0:$1}"
}

secret_get() { # secret_get KEY  — value from secrets.env or empty
  [[ -f "$SECRETS_FILE" ]] || return 0
  local k v
  while IFS='=' read -r k v; do
    if [[ "$k" == "$1" ]]; then printf '%s' "$v"; return 0; fi
  done <"$SECRETS_FILE"
  return 0
}

secret_set() { # secret_set KEY VALUE
  local tmp
  tmp="$(mktemp "$STATE/.secrets.XXXXXX")"
  chmod 600 "$tmp"
  if [[ -f "$SECRETS_FILE" ]]; then grep -v "^$1=" "$SECRETS_FILE" >"$tmp" || true; fi
  printf '%s=%s\n' "$1" "$2" >>"$tmp"
  mv -f "$tmp" "$SECRETS_FILE"
}

# ensure_secret APP_VAR NAME WHAT [NOTE] — export APP_VAR unless set: from $NAME, else .zeron/secrets.env, else generated once
ensure_secret() {
  local app_var=$1 name=$2 what=$3 note=${4:-} value
  [[ -z "${!app_var:-}" ]] || return 0
  value="${!name:-$(secret_get "$name")}"
  if [[ -z "$value" ]]; then
    say "generating $what into .zeron/secrets.env${note:+ ($note)}"
    value="$(random_alnum 64)"
    secret_set "$name" "$value"
  fi
  export "$app_var=$value"
}

ADMIN_PASSWORD_SOURCE=""
# shellcheck disable=SC2034 # ADMIN_PASSWORD_SOURCE is not unused: scripts/up.sh prints it with the sign-in
load_secrets() {
  local pw
  ensure_secret Zeron__Auth__JwtSigningKey ZERON_JWT_SIGNING_KEY "a JWT signing key"
  ensure_secret Zeron__DataProtection__KeyEncryptionKey ZERON_KEY_ENCRYPTION_KEY "a key-ring encryption key" "keep it with your backups"
  export ZERON_ADMIN_EMAIL="${ZERON_ADMIN_EMAIL:-$ADMIN_EMAIL_DEFAULT}"
  if [[ -n "${ZERON_ADMIN_PASSWORD:-}" ]]; then
    ADMIN_PASSWORD_SOURCE="from ZERON_ADMIN_PASSWORD"
    export ZERON_ADMIN_PASSWORD_GENERATED=false
  else
    pw="$(secret_get ZERON_ADMIN_PASSWORD)"
    if [[ -z "$pw" ]]; then
      say "generating an admin password into .zeron/secrets.env"
      # Fixed prefix guarantees upper, lower, digit and symbol (ASP.NET Identity's default policy).
      pw="Zx9-$(random_alnum 8)-$(random_alnum 8)-$(random_alnum 8)"
      secret_set ZERON_ADMIN_PASSWORD "$pw"
    fi
    export ZERON_ADMIN_PASSWORD="$pw"
    # The app marks a first administrator created with a generated password: it must be changed at the first sign-in.
    export ZERON_ADMIN_PASSWORD_GENERATED=true
    ADMIN_PASSWORD_SOURCE="generated, in .zeron/secrets.env: you choose your own at the first sign-in"
  fi
  [[ ! -f "$SECRETS_FILE" ]] || chmod 600 "$SECRETS_FILE"
}

