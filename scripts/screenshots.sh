#!/usr/bin/env bash
# Saves docs/screenshot-en.png and docs/screenshot-ar.png: the main window on a generated
# database of 100,000 contacts, under Xvfb, in English and in Arabic; then the dark and
# high-contrast pictures (see the end).
# Usage: scripts/screenshots.sh [BUILD_DIR]   (default: build; needs bench/ and
# tests/ui/tst_accessibility built)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "Generating 100,000 contacts..." >&2
"$build/bench/bench_store" --count 100000 --batch 10000 --keep --db "$work/contacts.db" \
    --list-runs 1 --search-runs 1 --budget 1 >/dev/null

for lang in en ar; do
    # A fresh HOME: no remembered window state or recent databases from this machine.
    mkdir -p "$work/home-$lang"
    HOME="$work/home-$lang" XDG_CONFIG_HOME="$work/home-$lang/.config" \
        xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
            "$1" --db "$2" --lang "$3" & app=$!
            sleep 5
            import -window root "$4"
            kill "$app"; wait "$app" || true
        ' _ "$build/app/desktop/contacts" "$work/contacts.db" "$lang" "docs/screenshot-$lang.png"
    echo "docs/screenshot-$lang.png" >&2
done

# docs/screenshot-dark.png and docs/screenshot-high-contrast.png: the window under a dark and a
# high-contrast palette, with an error on show, saved by the test that checks their contrast.
CONTACTS_SCREENSHOTS=docs QT_QPA_PLATFORM=offscreen \
    "$build/tests/ui/tst_accessibility" textFollowsThePalette >/dev/null
echo "docs/screenshot-dark.png docs/screenshot-high-contrast.png" >&2
