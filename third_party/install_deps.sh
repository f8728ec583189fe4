#!/usr/bin/env bash
# Installs the Debian packages ConvViz builds and tests with (DESIGN.md's table), and only the
# missing ones: a second run on a ready machine asks apt nothing. Never downloads anything else.
# Usage: install_deps.sh [more packages...] (scripts/web.sh adds the web build's).
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libimgui-dev libglfw3-dev libglm-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libstb-dev fonts-dejavu-core fonts-wqy-microhei libgif-dev
  nlohmann-json3-dev libcli11-dev
  libegl-dev libopengl-dev libgl1-mesa-dri libegl-mesa0
  xvfb xauth
  ffmpeg
  clang libclang-rt-14-dev  # scripts/fuzz.sh: libFuzzer and clang's sanitizer runtimes
  time                      # scripts/bench.sh and soak.sh: peak resident memory
  python3                   # scripts/bench.sh and soak.sh: their tables and verdicts (scripts/perf/)
  "$@"
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

echo "convviz: installing missing system packages: ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  if ! command -v sudo >/dev/null; then
    echo "convviz: need root or sudo to install: ${missing[*]}" >&2
    exit 1
  fi
  sudo_cmd=(sudo)
fi

# Another apt (unattended-upgrades, a second terminal) may hold the lock: wait for it rather
# than fail. DPkg::Lock::Timeout covers dpkg's lock; the retry loop covers the lists lock.
apt_run() {
  local attempt
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    if "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get -o DPkg::Lock::Timeout=300 -y -q "$@"; then
      return 0
    fi
    echo "convviz: apt-get $1 failed (attempt $attempt); retrying in 15 s" >&2
    sleep 15
  done
  return 1
}

# Install straight away when the package lists already know every package; update first otherwise.
if ! apt-cache show "${missing[@]}" >/dev/null 2>&1; then
  apt_run update
fi
apt_run install --no-install-recommends "${missing[@]}" || { apt_run update && apt_run install --no-install-recommends "${missing[@]}"; }
