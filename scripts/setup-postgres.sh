#!/usr/bin/env bash
# Makes the local PostgreSQL ready for this project, idempotently:
#   1. the `vector` extension is installed (built from Debian's newer pgvector source
#      package when the running release does not package it for this server version),
#   2. the server is running,
#   3. the databases the tests and the API use exist, with `vector` created in them.
# Safe to run any number of times; CI runs it on every build.
set -euo pipefail

PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGOPTIONS="-c client_min_messages=warning"
DATABASES=${VMR_DATABASES:-"vmr vmr_test"}
# The Debian release whose source package of pgvector we build (0.8.x there).
PGVECTOR_SOURCE_SUITE=${PGVECTOR_SOURCE_SUITE:-trixie}

log() { echo "[setup-postgres] $*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

pg_major() {
  if command -v pg_lsclusters >/dev/null 2>&1; then
    pg_lsclusters -h | awk 'NR==1 {print $1}'
  else
    pg_config --version | sed -E 's/[^0-9]*([0-9]+).*/\1/'
  fi
}

# Runs `pg_ctlcluster <action>` on the local cluster and waits up to 30 s for connections.
cluster_ctl() {
  as_root pg_ctlcluster --skip-systemctl-redirect "$(pg_major)" main "$1"
  for _ in $(seq 1 30); do
    pg_isready -h "$PGHOST" -p "$PGPORT" -q && return
    sleep 1
  done
  log "PostgreSQL did not come up after $1"; exit 1
}

ensure_server_running() {
  if pg_isready -h "$PGHOST" -p "$PGPORT" -q; then return; fi
  log "PostgreSQL is down; starting it"
  cluster_ctl start
}

extension_dir() { "$(pg_config_for "$1")" --sharedir | sed 's|$|/extension|'; }
pg_config_for() { echo "/usr/lib/postgresql/$1/bin/pg_config"; }

install_pgvector() {
  local version=$1
  if apt-cache policy "postgresql-$version-pgvector" 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    log "installing the packaged postgresql-$version-pgvector"
    as_root apt-get install -y -q "postgresql-$version-pgvector" >/dev/null
    return
  fi
  log "pgvector is not packaged for PostgreSQL $version here; building it from $PGVECTOR_SOURCE_SUITE's source package"
  local build_deps=("postgresql-server-dev-$version" dpkg-dev make gcc)
  if ! as_root apt-get install -y -q "${build_deps[@]}" >/dev/null 2>&1; then
    as_root apt-get update -q >/dev/null   # a fresh machine may have no package lists yet
    as_root apt-get install -y -q "${build_deps[@]}" >/dev/null
  fi

  # A private apt configuration, so the machine's own sources stay untouched. The mirror is the
  # one this machine already uses for Debian; nothing here names a registry host.
  local mirror
  mirror=$(grep -rhoE '^(URIs:|deb) *[^ ]+' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null \
    | awk '{print $2}' | grep -E '/debian/?$' | head -n1 || true)
  if [ -z "$mirror" ]; then log "no Debian mirror found in this machine's apt sources"; exit 1; fi
  local work; work=$(mktemp -d)
  mkdir -p "$work/lists/partial" "$work/parts"
  echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror $PGVECTOR_SOURCE_SUITE main" >"$work/sources.list"
  local opts=(-o "Dir::Etc::sourcelist=$work/sources.list" -o "Dir::Etc::sourceparts=$work/parts"
    -o "Dir::State::Lists=$work/lists" -o "APT::Get::List-Cleanup=0" -o "APT::Sandbox::User=root")
  apt-get "${opts[@]}" update -q >/dev/null
  (cd "$work" && apt-get "${opts[@]}" source -q --download-only pgvector >/dev/null && dpkg-source -x --no-check pgvector_*.dsc src >/dev/null)
  make -s -C "$work/src" PG_CONFIG="$(pg_config_for "$version")" >/dev/null
  as_root make -s -C "$work/src" PG_CONFIG="$(pg_config_for "$version")" install >/dev/null
  log "pgvector $(sed -nE "s/^default_version = '(.*)'/\1/p" "$work/src/vector.control") installed"
  rm -rf "$work"
}

# Vector search wants the embedding table and each version's HNSW index in shared buffers
# (at 100k tracks: ~71 MB and ~79 MB, beyond Postgres' default of 128 MB once the GIN and licence
# indexes are counted). Raised, never lowered; a restart applies it. VMR_SHARED_BUFFERS= skips.
SHARED_BUFFERS=${VMR_SHARED_BUFFERS-1GB}

ensure_shared_buffers() {
  [ -n "$SHARED_BUFFERS" ] || return 0
  local short
  short=$(psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -tAc \
    "SELECT pg_size_bytes(current_setting('shared_buffers')) < pg_size_bytes('$SHARED_BUFFERS')")
  [ "$short" = t ] || return 0
  log "raising shared_buffers to $SHARED_BUFFERS (restarts PostgreSQL)"
  psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "ALTER SYSTEM SET shared_buffers = '$SHARED_BUFFERS'"
  cluster_ctl restart
}

main() {
  local version; version=$(pg_major)
  if [ -f "$(extension_dir "$version")/vector.control" ]; then
    log "pgvector already available for PostgreSQL $version"
  else
    install_pgvector "$version"
  fi
  ensure_server_running
  ensure_shared_buffers
  for db in $DATABASES; do
    if ! psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
      log "creating database $db"
      psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "CREATE DATABASE \"$db\""
    fi
    psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$db" -qc 'CREATE EXTENSION IF NOT EXISTS vector' >/dev/null
  done
  log "ready: databases [$DATABASES] on $PGHOST:$PGPORT"
}

# `setup-postgres.sh restart`: restarts the local cluster and waits for connections (bench:outage).
if [ "${1:-}" = restart ]; then cluster_ctl restart; log "restarted"; exit 0; fi

main "$@"
