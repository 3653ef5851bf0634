# shellcheck shell=bash
# scripts/up.sh — `./zeron up` and `./zeron services`; sourced by ./zeron (needs scripts/lib/*.sh).

WEB_PROJECT="src/Zeron.Web/Zeron.Web.csproj"

cmd_up() {
  local run_app=1
  [[ "${ZERON_NO_RUN:-0}" =~ ^(1|true|yes)$ ]] && run_app=0
  local started=$SECONDS

  state_init
  if [[ -n "${ConnectionStrings__Postgres:-}" ]]; then
    say "using ConnectionStrings__Postgres from the environment (not starting PostgreSQL)"
  else
    ensure_postgres_packages
    start_dev_postgres
    export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$PG_PORT;Database=zeron;Username=zeron_app"
    export ConnectionStrings__PostgresMigrations="Host=127.0.0.1;Port=$PG_PORT;Database=zeron;Username=zeron"
  fi
  if [[ -n "${ConnectionStrings__Redis:-}" ]]; then
    say "using ConnectionStrings__Redis from the environment (not starting Redis)"
  else
    ensure_redis_packages
    start_dev_redis
    export ConnectionStrings__Redis="127.0.0.1:$REDIS_PORT"
  fi
  load_secrets
  state_unlock
  say "services ready in $((SECONDS - started))s"

  if [[ $run_app -eq 0 ]]; then
    say "PostgreSQL: ${ConnectionStrings__Postgres}"
    say "Redis:      ${ConnectionStrings__Redis}"
    say "not starting the app (ZERON_NO_RUN=1); stop services with ./zeron down"
    return 0
  fi

  ensure_dotnet
  [[ -f "$ROOT/$WEB_PROJECT" ]] || die "$WEB_PROJECT not found"
  say "building $WEB_PROJECT (Release)"
  (cd "$ROOT" && dotnet build "$WEB_PROJECT" -c Release -nologo -v q) || die "build failed"
  local dll
  # Ask MSBuild where the assembly is (a RuntimeIdentifier adds a folder to the default path).
  dll="$(cd "$ROOT"; dotnet msbuild "$WEB_PROJECT" -nologo -getProperty:TargetPath -p:Configuration=Release 2>/dev/null | tail -n 1)" || true
  [[ -f "$dll" ]] || dll="$ROOT/src/Zeron.Web/bin/Release/net10.0/Zeron.Web.dll"
  [[ -f "$dll" ]] || die "built app not found (looked for $dll)"

  local base
  if [[ -n "${ASPNETCORE_URLS:-}" ]]; then
    base="${ASPNETCORE_URLS%%;*}"
    base="${base/:\/\/+/://127.0.0.1}"
    base="${base/:\/\/\*/://127.0.0.1}"
    base="${base/:\/\/0.0.0.0/://127.0.0.1}"
  else
    port_in_use "$HTTP_PORT" && die "port $HTTP_PORT is already in use (is the app already running?): set ZERON_HTTP_PORT"
    export ASPNETCORE_URLS="http://127.0.0.1:$HTTP_PORT"
    base="$ASPNETCORE_URLS"
  fi
  base="${base%/}"
  export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"

  cat <<EOF
zeron: ------------------------------------------------------------------
zeron: Zeron is starting ($ASPNETCORE_ENVIRONMENT); it applies its database migrations itself.
zeron:   app       $base/
zeron:   admin     $base/admin
zeron:   API docs  $base/api/docs
zeron:   health    $base/health/ready
zeron:   jobs      $base/admin/jobs
zeron:   sign in   $ZERON_ADMIN_EMAIL / $ZERON_ADMIN_PASSWORD  ($ADMIN_PASSWORD_SOURCE)
zeron:   (an administrator who already exists keeps their own password: the one chosen at the
zeron:    first sign-in, or the ZERON_ADMIN_PASSWORD they were created with)
zeron: Ctrl-C stops the app; PostgreSQL and Redis keep running (./zeron down stops them).
zeron: ------------------------------------------------------------------
EOF
  cd "$ROOT/src/Zeron.Web" || die "cannot enter src/Zeron.Web"
  on_exit # remove temp dirs now: nothing runs after exec
  trap - EXIT INT TERM
  exec dotnet "$dll"
}

