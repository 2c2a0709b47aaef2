#!/usr/bin/env bash
# The desktop app's start-up: from exec to the first rows painted, on a fixed database of
# 1,000,000 generated contacts, timed by hyperfine (CONTACTS_QUIT_AFTER_FIRST_ROWS makes the
# app quit at its first painted rows: app/desktop/StartupProbe). Also the package sizes.
# Prints Markdown on stdout.
#
#   bench/startup.sh BUILD_DIR DATABASE [CONTACTS]
#
# CONTACTS is the program to time (default: the installed /usr/bin/contacts, the package's;
# BUILD_DIR/app/desktop/contacts for the build's). DATABASE is made with
# `bench_store --count 1000000 --keep` when missing; each run opens a copy of it made once,
# so the database the runs see is the same. Under Xvfb :99 (started when not running).
set -euo pipefail

build=${1:?usage: startup.sh BUILD_DIR DATABASE [CONTACTS]}
db=${2:?usage: startup.sh BUILD_DIR DATABASE [CONTACTS]}
contacts=${3:-/usr/bin/contacts}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ ! -f "$db" ]; then
  echo "making $db (a few minutes)" >&2
  "$build/bench/bench_store" --count 1000000 --keep --db "$db" --list-runs 1 --search-runs 1 \
    --budget 1 >/dev/null
fi
cp "$db" "$work/contacts.db"

export DISPLAY=:99
if [ ! -e /tmp/.X11-unix/X99 ]; then
  Xvfb :99 -screen 0 1280x1024x24 >/dev/null 2>&1 &
  sleep 1
fi
# Its own settings, so that a remembered window or database does not change what is timed.
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/runtime
mkdir -m 700 -p "$XDG_RUNTIME_DIR"

# The first opening prunes the change journal bench_store left (1,000,000 creates no sync
# needs): done once before timing, as it happens once on a real database.
CONTACTS_QUIT_AFTER_FIRST_ROWS=1 "$contacts" --db "$work/contacts.db" 2>/dev/null

hyperfine --warmup 3 --runs 20 --export-markdown "$work/startup.md" \
  "CONTACTS_QUIT_AFTER_FIRST_ROWS=1 $contacts --db $work/contacts.db" >&2
echo "### Start-up to the first rows, 1,000,000 contacts"
echo
sed "s|$work/contacts.db|DATABASE|" "$work/startup.md"
echo
echo "Peak memory of one start: $(/usr/bin/time -f %M env CONTACTS_QUIT_AFTER_FIRST_ROWS=1 \
  "$contacts" --db "$work/contacts.db" 2>&1 >/dev/null | tail -1) KB"
echo
echo "### Packages"
echo
echo "| package | .deb | installed |"
echo "|---|--:|--:|"
for deb in "$build"/packages/*.deb; do
  [ -f "$deb" ] || continue
  echo "| $(dpkg-deb -f "$deb" Package) | $(stat -c %s "$deb") bytes | $(dpkg-deb -f "$deb" Installed-Size) KiB |"
done
