# shellcheck shell=bash
# scripts/lib/pgvector.sh — sourced by ./zeron: pgvector for the installed PostgreSQL, from the OS package or
# built from Debian's source package. Needs common.sh, apt.sh and postgres.sh (PGBIN, PGVER).

PGVECTOR_SUITE="${ZERON_PGVECTOR_SUITE:-trixie}"   # Debian suite whose pgvector source package we build

pgvector_installed() {
  local sharedir
  sharedir="$("$PGBIN/pg_config" --sharedir 2>/dev/null || echo "/usr/share/postgresql/$PGVER")"
  [[ -f "$sharedir/extension/vector.control" ]]
}

ensure_pgvector() {
  pgvector_installed && return 0
  local pkg="postgresql-$PGVER-pgvector"
  apt_lists_empty && apt_update_once
  if apt_has_candidate "$pkg"; then
    apt_install "$pkg"
  else
    say "$pkg is not packaged for this OS: building pgvector from Debian's '$PGVECTOR_SUITE' source package"
    build_pgvector_from_source
  fi
  pgvector_installed || die "pgvector installation did not produce vector.control"
  say "pgvector installed for PostgreSQL $PGVER"
}

# Prints candidate Debian mirror URIs from the machine's own apt sources, best first, one per
# line as "URI<TAB>signed-by" (signed-by may be empty). We never hard-code a mirror host:
# whatever mirror this machine already trusts for its own release is reused for the source fetch.
debian_mirror_candidates() {
  if [[ -n "${ZERON_DEBIAN_MIRROR:-}" ]]; then printf '%s\t\n' "$ZERON_DEBIAN_MIRROR"; return; fi
  local codename=""
  # shellcheck disable=SC1091
  codename="$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")"
  {
    # one-line style: deb [opts] URI suite components...
    local f
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
      [[ -r "$f" ]] || continue
      awk '
        /^[[:space:]]*deb(-src)?[[:space:]]/ {
          line = $0; sb = ""
          if (match(line, /\[[^]]*\]/)) {
            opts = substr(line, RSTART + 1, RLENGTH - 2)
            line = substr(line, 1, RSTART - 1) substr(line, RSTART + RLENGTH)
            if (match(opts, /signed-by=[^ ]+/)) sb = substr(opts, RSTART + 10, RLENGTH - 10)
          }
          n = split(line, a, /[[:space:]]+/); i = (a[1] == "") ? 2 : 1
          uri = a[i + 1]; suite = a[i + 2]; comps = ""
          for (j = i + 3; j <= n; j++) comps = comps " " a[j]
          print uri "\t" suite "\t" comps " \t" sb
        }' "$f"
    done
    # deb822 style (*.sources): stanzas separated by blank lines
    for f in /etc/apt/sources.list.d/*.sources; do
      [[ -r "$f" ]] || continue
      awk '
        function flush() {
          if (uris != "" && enabled != "no") {
            nu = split(uris, u, /[[:space:]]+/); ns = split(suites, s, /[[:space:]]+/)
            for (x = 1; x <= nu; x++) for (y = 1; y <= ns; y++)
              if (u[x] != "" && s[y] != "") print u[x] "\t" s[y] "\t " comps " \t" sb
          }
          uris = suites = comps = sb = ""; enabled = "yes"
        }
        BEGIN { enabled = "yes" }
        /^[[:space:]]*#/ { next }
        /^[[:space:]]*$/ { flush(); next }
        /^[^[:space:]]/ {
          key = tolower($1); sub(/:$/, "", key); val = $0; sub(/^[^:]*:[[:space:]]*/, "", val)
          if (key == "uris") uris = val
          else if (key == "suites") suites = val
          else if (key == "components") comps = val
          else if (key == "enabled") enabled = tolower(val)
          else if (key == "signed-by" && val ~ /^\//) sb = val
        }
        END { flush() }' "$f"
    done
  } | awk -F'\t' -v cn="$codename" '
      $1 ~ /^(https?|ftp):\/\// {
        score = 0
        if ($2 == cn) score += 4                     # the release suite itself (not -security/-updates)
        if ($1 ~ /\/debian\/?$/) score += 2         # a Debian archive path
        if ($3 ~ / main /) score += 1
        if (score >= 3 && !seen[$1]++) print score "\t" NR "\t" $1 "\t" $4
      }' | sort -t$'\t' -k1,1nr -k2,2n | cut -f3,4
}

build_pgvector_from_source() {
  local pkg_dev="postgresql-server-dev-$PGVER" missing=()
  pkg_installed "$pkg_dev" || missing+=("$pkg_dev")
  { pkg_installed build-essential && command -v dpkg-source >/dev/null 2>&1; } || missing+=(build-essential)
  [[ ${#missing[@]} -eq 0 ]] || apt_install "${missing[@]}"

  local work uri signed_by fetched=0
  make_tmp_dir work
  chmod 755 "$work"
  mkdir -p "$work/lists/partial" "$work/src"
  # Private apt state: our own source list and list dir, no package caches written; the machine's
  # own apt configuration and lists are never touched.
  local apt_private=(-o "Dir::Etc::sourcelist=$work/sources.list" -o Dir::Etc::sourceparts=-
    -o "Dir::State::Lists=$work/lists" -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache=
    -o Acquire::Retries=3)
  [[ $IS_ROOT -eq 1 ]] && apt_private+=(-o APT::Sandbox::User=root)

  while IFS=$'\t' read -r uri signed_by; do
    [[ -n "$uri" ]] || continue
    if [[ -n "$signed_by" ]]; then
      printf 'deb-src [signed-by=%s] %s %s main\n' "$signed_by" "$uri" "$PGVECTOR_SUITE" >"$work/sources.list"
    else
      printf 'deb-src %s %s main\n' "$uri" "$PGVECTOR_SUITE" >"$work/sources.list"
    fi
    say "fetching pgvector source from $uri ($PGVECTOR_SUITE)"
    if apt-get "${apt_private[@]}" -qq update >"$work/apt.log" 2>&1 &&
      (cd "$work/src" && apt-get "${apt_private[@]}" -qq source --download-only pgvector) >>"$work/apt.log" 2>&1; then
      fetched=1
      break
    fi
    warn "could not fetch pgvector source from $uri (see below); trying the next mirror"
    tail -n 5 "$work/apt.log" >&2 || true
  done < <(debian_mirror_candidates)
  [[ $fetched -eq 1 ]] || die "could not download the pgvector source package: no usable Debian mirror in /etc/apt/sources* (set ZERON_DEBIAN_MIRROR=http://your.mirror/debian, or install pgvector yourself)"

  local dsc
  dsc="$(compgen -G "$work/src/pgvector_*.dsc" | head -n 1)"
  [[ -n "$dsc" ]] || die "pgvector .dsc not found after download"
  # apt already verified the files against the signed Sources index, hence --no-check.
  (cd "$work/src" && dpkg-source --no-check -x "$dsc" pgvector >/dev/null) || die "unpacking $dsc failed"
  say "building $(basename "$dsc" .dsc) against PostgreSQL $PGVER"
  make -C "$work/src/pgvector" PG_CONFIG="$PGBIN/pg_config" >"$work/build.log" 2>&1 ||
    { tail -n 30 "$work/build.log" >&2; die "pgvector build failed"; }
  as_root make -C "$work/src/pgvector" PG_CONFIG="$PGBIN/pg_config" install >>"$work/build.log" 2>&1 ||
    { tail -n 30 "$work/build.log" >&2; die "pgvector install failed"; }
}

