#!/usr/bin/env bash
# Smoke test of the README's first command: `npm start` on the embedded database (no
# DATABASE_URL), in a throwaway data folder, answering the README's first query.
set -euo pipefail
port=${SMOKE_PORT:-4517}
data=$(mktemp -d)
log="$data/start.log"
# Its own process group, so the cleanup stops npm, tsx and node together.
setsid env -u DATABASE_URL DATA_DIR="$data" PORT="$port" npm start >"$log" 2>&1 &
pid=$!
cleanup() { kill -9 -- "-$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT
# SIGTERM must stop every process of the group (a hung shutdown once left the API running).
stops_on_sigterm() {
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do
    kill -0 -- "-$pid" 2>/dev/null || return 0
    sleep 0.5
  done
  echo "[smoke-start] npm start was still running 15 s after SIGTERM:"; cat "$log"; return 1
}
query='{"query":"{ tracks(first: 3) { edges { node { id title bpm artists { name } tags { name category } } } pageInfo { hasNextPage endCursor } } }"}'
for _ in $(seq 1 120); do
  if answer=$(curl -sf "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' -d "$query"); then
    if echo "$answer" | grep -q '"hasNextPage":true' && [ "$(echo "$answer" | grep -o '"title"' | wc -l)" -eq 3 ]; then
      echo "[smoke-start] npm start answered the README query on the embedded database"
      stops_on_sigterm || exit 1
      echo "[smoke-start] and stopped on SIGTERM"
      exit 0
    fi
    echo "[smoke-start] unexpected answer: $answer"; exit 1
  fi
  kill -0 "$pid" 2>/dev/null || { echo "[smoke-start] npm start exited early:"; cat "$log"; exit 1; }
  sleep 1
done
echo "[smoke-start] no answer within 120 s:"; cat "$log"; exit 1
