#!/usr/bin/env bash
# Installs, when missing, the Debian packages that media ingest and the browser tests use:
#   ffmpeg               decoding audio and video (ffprobe too)
#   chromium             the console's end-to-end tests (driven by playwright-core)
#   wesnoth-1.16-music   ~150 MB of real orchestral OGG recordings, the ingest test corpus
# Idempotent: a machine that has them all does nothing. VMR_SKIP_MEDIA_SETUP=1 skips it.
set -euo pipefail
[ "${VMR_SKIP_MEDIA_SETUP:-}" = 1 ] && exit 0

log() { echo "[setup-media] $*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v ffmpeg >/dev/null 2>&1 && command -v ffprobe >/dev/null 2>&1 || missing+=(ffmpeg)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -d /usr/share/games/wesnoth/1.16/data/core/music ] || missing+=(wesnoth-1.16-music)

if [ ${#missing[@]} -eq 0 ]; then
  log "ffmpeg, chromium and wesnoth-1.16-music already installed"
  exit 0
fi
log "installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! as_root apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
  as_root apt-get update -q >/dev/null   # a fresh machine may have no package lists yet
  as_root apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi
log "installed ${missing[*]}"
