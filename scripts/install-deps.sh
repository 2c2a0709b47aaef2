#!/usr/bin/env bash
# Installs every Debian 12 package the project needs to build, run, test and benchmark.
# Idempotent and quick when everything is present: apt is only called for missing packages.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config clang-format git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-httpserver-dev
  qt6-websockets-dev # Qt6HttpServer's CMake package needs it; Debian does not pull it in
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6svg6 qt6-svg-dev qtkeychain-qt6-dev
  libssl3 # Qt's TLS backend loads it at run time: sync over https, and tst_contactsclient's TLS cases
  libgl-dev libvulkan-dev libxkbcommon-dev
  libphonenumber-dev libuchardet-dev libsqlite3-dev sqlite3
  libbenchmark-dev wrk hyperfine time
  clang-16 libclang-rt-16-dev # the fuzz targets (libFuzzer); clang 14 cannot build std::expected
  postgresql-15 libqt6sql6-psql # the tests' postgresql variants: a throwaway cluster and Qt's QPSQL driver
  lintian desktop-file-utils appstream dpkg-dev file help2man systemd # the packages: building and checking them
  xvfb xauth imagemagick fonts-dejavu-core fonts-noto-core fonts-wqy-microhei fonts-noto-color-emoji
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: run as root to install: ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
