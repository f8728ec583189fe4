#!/usr/bin/env bash
# The sources the web build compiles that Debian ships only as desktop libraries: Dear ImGui 1.86
# (MIT; its headers are byte-identical to libimgui-dev's) and giflib (MIT), from Debian's own
# source packages through `apt-get source`, unpacked into DEST. Nothing comes from anywhere else.
# Usage: third_party/web_sources.sh DEST
#
# `apt-get source` needs a deb-src entry. When the system has none for Debian, this adds one
# (/etc/apt/sources.list.d/convviz-deb-src.sources) that mirrors the system's existing `deb` entry
# for Debian: the same host, suites, components and key, nothing else, and says so.
set -euo pipefail
dest=$1
mkdir -p "$dest"

wanted=(imgui giflib)
missing=()
for p in "${wanted[@]}"; do
  compgen -G "$dest/$p-*/" >/dev/null || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  if ! command -v sudo >/dev/null; then
    echo "third_party/web_sources.sh: need root or sudo to add a deb-src entry for apt-get source" >&2
    exit 1
  fi
  sudo_cmd=(sudo)
fi

# A deb-src entry for Debian itself (another repository's would not give imgui or giflib): a
# one-line entry or a deb822 stanza whose URI ends in /debian.
has_deb_src() {
  grep -qsE '^deb-src .*/debian/? ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null && return 0
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [[ -f $f ]] || continue
    awk 'BEGIN { RS = ""; found = 1 } /Types:[^\n]*deb-src/ && /URIs: [^\n]*\/debian\/?(\n|$)/ { found = 0 } END { exit found }' "$f" && return 0
  done
  return 1
}
if ! has_deb_src; then
  # The system's own Debian entry (deb822 form, as Debian 12 writes it), its deb line turned into deb-src.
  system=/etc/apt/sources.list.d/debian.sources
  if [[ ! -f $system ]]; then
    echo "third_party/web_sources.sh: no deb-src entry and no $system to mirror; add a deb-src" \
         "line for Debian to the apt sources, then run this again" >&2
    exit 1
  fi
  entry=$(awk 'BEGIN { RS = ""; ORS = "\n\n" } /URIs: [^\n]*\/debian\n/ && !/debian-security/ {
                 sub(/Types: deb/, "Types: deb-src"); print; exit }' "$system")
  if [[ -z $entry ]]; then
    echo "third_party/web_sources.sh: found no Debian entry in $system to mirror as deb-src" >&2
    exit 1
  fi
  echo "third_party/web_sources.sh: adding a deb-src entry for apt-get source, mirroring $system:"
  echo "$entry" | sed 's/^/    /'
  echo "$entry" | "${sudo_cmd[@]}" tee /etc/apt/sources.list.d/convviz-deb-src.sources >/dev/null
  "${sudo_cmd[@]}" apt-get -q update >/dev/null
fi

cd "$dest"
for p in "${missing[@]}"; do
  echo "third_party/web_sources.sh: apt-get source $p (into $dest)"
  apt-get -q source "$p" 2>&1 | grep -v 'unsandboxed' || true
  compgen -G "$dest/$p-*/" >/dev/null || { echo "third_party/web_sources.sh: apt-get source $p failed" >&2; exit 1; }
done
