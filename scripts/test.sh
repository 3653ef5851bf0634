# shellcheck shell=bash
# scripts/test.sh — `./zeron test`: build once, run every test project against throwaway services, print
# one summary line. Sourced by ./zeron (needs scripts/lib/*.sh).

T_DIR="" T_PG_HOME="" T_REDIS_PID=""

stop_test_services() {
  if [[ -n "$T_PG_HOME" && -n "$PGBIN" ]]; then pg_stop "$T_PG_HOME/data" immediate >/dev/null 2>&1 || true; fi
  if [[ -n "$T_REDIS_PID" ]]; then redis_stop "$T_REDIS_PID" >/dev/null 2>&1 || true; fi
  T_PG_HOME="" T_REDIS_PID=""
  if [[ -n "$T_DIR" ]]; then rm -rf -- "$T_DIR" 2>/dev/null || true; fi
  T_DIR=""
}

start_test_services() {
  T_DIR="$(mktemp -d "${TMPDIR:-/tmp}/zeron-test.XXXXXXXX")"
  EXIT_HOOKS+=(stop_test_services)
  chmod 755 "$T_DIR" # the postgres user must traverse it

  if [[ -n "${ZERON_TEST_POSTGRES:-}" ]]; then
    say "using ZERON_TEST_POSTGRES from the environment"
  else
    local pg_port
    T_PG_HOME="$T_DIR/pg"
    start_throwaway_postgres "$T_PG_HOME" pg_port
    export ZERON_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Database=postgres;Username=zeron"
  fi

  if [[ -n "${ZERON_TEST_REDIS:-}" ]]; then
    say "using ZERON_TEST_REDIS from the environment"
  else
    local redis_port
    T_REDIS_PID="$T_DIR/redis/redis.pid"
    start_throwaway_redis "$T_DIR/redis" redis_port
    export ZERON_TEST_REDIS="127.0.0.1:$redis_port"
  fi
  say "throwaway services: PostgreSQL ${ZERON_TEST_POSTGRES}; Redis ${ZERON_TEST_REDIS}"
}

find_solution() {
  if [[ -n "${ZERON_SOLUTION:-}" ]]; then echo "$ZERON_SOLUTION"; return; fi
  local s
  for s in Zeron.sln Zeron.slnx; do [[ -f "$ROOT/$s" ]] && { echo "$ROOT/$s"; return; }; done
  compgen -G "$ROOT/*.sln" | head -n 1 || compgen -G "$ROOT/*.slnx" | head -n 1 || true
}

# True unless MSBuild positively says the project is not a test application (e.g. a benchmark or
# a shared test-helper library living under tests/).
is_test_project() {
  local props
  props="$(cd "$ROOT" && dotnet msbuild "$1" -nologo -getProperty:IsTestProject -getProperty:IsTestingPlatformApplication -p:Configuration=Debug 2>/dev/null)" || return 0
  grep -q '"true"' <<<"$props"
}

xml_attr() { # xml_attr NAME TAG  — numeric attribute value from one XML start tag (0 if absent)
  if [[ "$2" =~ [[:space:]]$1=\"([0-9]+)\" ]]; then echo "${BASH_REMATCH[1]}"; else echo 0; fi
}

# The repo's own bash: this dispatcher, its commands and libraries, CI's entry point and the benchmarks' scripts.
run_shellcheck() { # true (and says so) if shellcheck finds nothing; its findings go to stdout
  local files=()
  mapfile -t files < <(cd "$ROOT" && printf '%s\n' zeron .ci/run bench/feedback-submit/run bench/feedback-submit/db-ceiling && compgen -G 'scripts/*.sh' && compgen -G 'scripts/lib/*.sh')
  (cd "$ROOT" && shellcheck -x "${files[@]}") || return 1
  say "shellcheck: ${#files[@]} scripts clean"
}

test_summary() { # test_summary STARTED PASSED FAILED SKIPPED RESULTS_DIR [PROBLEM...]  — the closing lines
  local started=$1 passed=$2 failed=$3 skipped=$4 results=$5 problem
  shift 5
  for problem in "$@"; do say "problem: $problem"; done
  [[ -z "$results" ]] || say "full logs and xunit XML reports: $results"
  say "tests finished in $((SECONDS - started))s"
  echo "zeron: $passed passed, $failed failed, $skipped skipped"
}

# The pinned npm tools of tests/node (axe-core, openapi-typescript, typescript), from its package-lock.json.
ensure_test_node_tools() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then apt_install nodejs npm; fi
  say "npm ci (tests/node: axe-core, openapi-typescript, typescript)"
  (cd "$ROOT/tests/node" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || die "npm ci in tests/node failed"
  export ZERON_NODE_TOOLS="$ROOT/tests/node/node_modules"
}

cmd_test() {
  local started=$SECONDS

  # 0. the scripts themselves, first: a finding fails the run within seconds, before installs and the build
  command -v shellcheck >/dev/null 2>&1 || apt_install shellcheck
  if ! run_shellcheck; then
    test_summary "$started" 0 1 0 "" "shellcheck found problems in the scripts (above): nothing else was run"
    exit 1
  fi

  ensure_dotnet
  [[ -n "${ZERON_TEST_POSTGRES:-}" ]] || ensure_postgres_packages
  [[ -n "${ZERON_TEST_REDIS:-}" ]] || ensure_redis_packages
  if [[ ! -x /usr/bin/chromium ]]; then apt_install chromium chromium-driver; fi
  command -v docker-compose >/dev/null 2>&1 || apt_install docker-compose
  export ZERON_CHROMIUM="${ZERON_CHROMIUM:-/usr/bin/chromium}"
  ensure_test_node_tools

  local passed=0 failed=0 skipped=0 problems=()

  # Tests must never see the developer's own services from `./zeron up`.
  unset ConnectionStrings__Postgres ConnectionStrings__PostgresMigrations ConnectionStrings__Redis

  # 1. compose file
  if [[ ! -f "$ROOT/docker-compose.yml" ]]; then
    failed=$((failed + 1)); problems+=("docker-compose.yml is missing")
  elif (cd "$ROOT" && docker-compose -f docker-compose.yml config -q); then
    say "docker-compose.yml is valid"
  else
    failed=$((failed + 1)); problems+=("docker-compose.yml is invalid (docker-compose config -q)")
  fi

  # 2. throwaway services
  start_test_services

  # 3. build once
  local sln build_ok=1
  sln="$(find_solution)"
  local projects=()
  local pattern="${ZERON_TEST_PROJECTS:-tests/*/*.csproj}"
  local p
  mapfile -t projects < <(cd "$ROOT" && compgen -G "$pattern" | sort)
  if [[ ${#projects[@]} -eq 0 ]]; then
    failed=$((failed + 1)); problems+=("no test projects match $pattern")
  fi

  if [[ -n "$sln" ]]; then
    say "building $(basename "$sln") (Debug)"
    (cd "$ROOT" && dotnet build "$sln" -c Debug -nologo -v q) || build_ok=0
  else
    say "no solution file found: building each test project (Debug)"
    for p in "${projects[@]+"${projects[@]}"}"; do
      (cd "$ROOT" && dotnet build "$p" -c Debug -nologo -v q) || build_ok=0
    done
  fi
  if [[ $build_ok -eq 0 ]]; then
    failed=$((failed + 1)); problems+=("build failed: no tests were run")
    projects=()
  fi

  # 4. run each test project
  # Full logs and xunit XML reports of the last run are kept (outside the repo) for inspection.
  local results="${ZERON_TEST_RESULTS:-${TMPDIR:-/tmp}/zeron-test-results-$(short_hash "$ROOT")}"
  mkdir -p "$results"
  results="$(cd "$results" && pwd -P)"
  rm -f "$results"/*.xml "$results"/*.log
  local max_lines="${ZERON_TEST_MAX_LINES:-300}"
  local filter_args=() timeout="${ZERON_TEST_TIMEOUT:-30m}" selecting=""
  [[ -n "${ZERON_TEST_FILTER:-}" ]] && filter_args=(--filter "$ZERON_TEST_FILTER")
  # A filter (or extra arguments to dotnet test) selects tests: a project may then rightly run none, the whole run not.
  [[ -n "${ZERON_TEST_FILTER:-}" || $# -gt 0 ]] && selecting=1
  [[ -n "$timeout" && "$timeout" != 0 ]] && filter_args+=(--timeout "$timeout")

  local i=0 name report rc tag pp pf ps t0 line
  for p in "${projects[@]+"${projects[@]}"}"; do
    i=$((i + 1))
    name="$(basename "$p" .csproj)"
    if ! is_test_project "$p"; then
      say "[$i/${#projects[@]}] $name: not a test project, skipped"
      continue
    fi
    say "[$i/${#projects[@]}] $name"
    report="$results/$name.xml"
    rm -f "$report"
    t0=$SECONDS
    rc=0
    # Console output is capped at $max_lines lines (long lines cut); the full log is kept.
    (cd "$ROOT" && dotnet test --project "$p" --no-build -c Debug --no-progress \
      --results-directory "$results" --report-xunit-xml --report-xunit-xml-filename "$name.xml" \
      --show-test-results failed --show-stdout Failed --show-stderr Failed \
      ${filter_args[@]+"${filter_args[@]}"} "$@") 2>&1 |
      tee "$results/$name.log" |
      awk -v max="$max_lines" -v logfile="$results/$name.log" '
        { n++; if (n <= max) { print (length($0) > 400 ? substr($0, 1, 400) " ..." : $0); fflush() } }
        END { if (n > max) printf "zeron: ... %d more lines in %s\n", n - max, logfile }' ||
      rc=$?
    pp=0 pf=0 ps=0
    if [[ -f "$report" ]]; then
      # xunit's v2+ XML: one <assembly ... total= passed= failed= skipped= errors= not-run=> per assembly
      while IFS= read -r tag; do
        pp=$((pp + $(xml_attr passed "$tag")))
        pf=$((pf + $(xml_attr failed "$tag") + $(xml_attr errors "$tag")))
        ps=$((ps + $(xml_attr skipped "$tag") + $(xml_attr not-run "$tag")))
      done < <(grep -o '<assembly [^>]*>' "$report" || true)
    else
      pf=1
      problems+=("$name: no results (test process crashed? exit code $rc)")
    fi
    # Exit codes: 0 ok, 2 test failures, 8 zero tests ran; anything else (crash, abort, timeout,
    # bad arguments) is a failure even when the report shows none.
    if [[ $rc -ne 0 && $rc -ne 8 && $pf -eq 0 ]]; then
      pf=1
      problems+=("$name: test run ended abnormally (exit code $rc)")
    fi
    # Zero tests ran (exit code 8, or a report that counts none): a test project without tests is a mistake (a
    # lost reference, tests not discovered), unless a filter chose none of this project's tests.
    if [[ $rc -eq 8 || ( -f "$report" && $((pp + pf + ps)) -eq 0 ) ]]; then
      if [[ -n "$selecting" ]]; then
        say "$name: no test matches the filter"
      else
        pf=$((pf + 1))
        problems+=("$name: ran no tests (a test project must have at least one; or set IsTestProject=false)")
      fi
    fi
    line="$name: $pp passed, $pf failed, $ps skipped ($((SECONDS - t0))s)"
    if [[ $pf -gt 0 ]]; then say "FAILED $line"; else say "ok     $line"; fi
    passed=$((passed + pp)) failed=$((failed + pf)) skipped=$((skipped + ps))
  done

  if [[ -n "$selecting" && ${#projects[@]} -gt 0 && $((passed + failed + skipped)) -eq 0 ]]; then
    failed=$((failed + 1)); problems+=("no test matches the filter in any project (ZERON_TEST_FILTER=${ZERON_TEST_FILTER:-}${*:+, arguments: $*})")
  fi

  stop_test_services
  [[ ${#projects[@]} -gt 0 ]] || results=""
  test_summary "$started" "$passed" "$failed" "$skipped" "$results" "${problems[@]+"${problems[@]}"}"
  if [[ $failed -gt 0 ]]; then exit 1; fi
}

