#!/usr/bin/env bash
# contacts-server under wrk on loopback, next to a bare Qt HttpServer route (the ceiling of this
# machine and stack), all in one run. Prints a Markdown table on stdout; progress on stderr.
#
#   bench/server_bench.sh BUILD_DIR DATABASE [DURATION]
#
# DATABASE holds the contacts to read (the 1M database of bench_store --keep; its own
# organization is served). POST create writes into a new organization of that file on every
# run, so runs never collide and the read figures stay on the same 1M contacts.
# Run it under `flock /work/bench.lock` on a shared machine.
set -euo pipefail

build=${1:?usage: server_bench.sh BUILD_DIR DATABASE [DURATION]}
db=${2:?usage: server_bench.sh BUILD_DIR DATABASE [DURATION]}
duration=${3:-10s}
threads=2
connections=16
here=$(cd "$(dirname "$0")" && pwd)
server=$build/app/server/contacts-server
ceiling=$build/bench/server_ceiling
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
port=0
trap cleanup EXIT

# Starts a server command in the background and sets `port` from the end of its first line.
start() {
  local out=$work/out.$RANDOM
  "$@" >"$out" 2>"$work/log.$(basename "$1")" &
  pids+=($!)
  for _ in $(seq 100); do
    if [ -s "$out" ]; then
      port=$(head -1 "$out" | sed 's/.*://')
      return
    fi
    sleep 0.05
  done
  echo "server_bench: $1 did not start" >&2
  exit 1
}

# Stops the servers started so far.
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pids=()
}

# Runs wrk with the given arguments; prints "requests/s|p99|errors".
measure() {
  local report
  report=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@")
  echo "$report" >&2
  local rps p99 errors
  rps=$(echo "$report" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$report" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$report" | awk '/Non-2xx/ {n += $NF} /Socket errors/ {
      for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) n += $i } END {print n + 0}')
  echo "$rps|$p99|$errors"
}

row() { # name, result, ceiling requests/s
  local rps=${2%%|*} rest=${2#*|}
  local p99=${rest%%|*} errors=${rest#*|}
  local ratio
  ratio=$(awk -v a="$rps" -v b="$3" 'BEGIN {printf "%.0f %%", 100 * a / b}')
  printf '| %s | %s | %s | %s | %s |\n' "$1" "$(printf "%'.0f" "$rps")" "$p99" "$ratio" "$errors"
}

echo "server_bench: ceiling" >&2
start "$ceiling"
bare=$(measure "http://127.0.0.1:$port/ping")
stop_all
start "$ceiling" --async
bare_async=$(measure "http://127.0.0.1:$port/ping")
stop_all
ceiling_rps=${bare%%|*}

token=$("$server" --db "$db" token add 2>/dev/null)
org=$("$server" --db "$db" token list | tail -1 | cut -d' ' -f2)
create_org=bench-create-$(date +%s)
create_token=$("$server" --db "$db" token add --org "$create_org" 2>/dev/null)
start "$server" --db "$db" --listen 127.0.0.1:0 --rate-limit 0
url=http://127.0.0.1:$port/api/whatsapp/contacts
auth=(-H "x-org-id: $org" -H "Authorization: Bearer $token")

# 1,000 ids from pages spread over the list, for GET by id.
for page in $(seq 1 997 9970); do
  curl -s "${auth[@]}" "$url?limit=100&page=$page" | { grep -o '"id":"contact_[^"]*"' || true; } |
    cut -d'"' -f4
done >"$work/ids"
total=$(curl -s "${auth[@]}" "$url?limit=1" | grep -o '"total":[0-9]*' | cut -d: -f2)
echo "server_bench: contacts-server on $total contacts, $(wc -l <"$work/ids") ids" >&2

by_id=$(measure -s "$here/wrk_get.lua" "$url" -- "$org" "$token" "$work/ids")
list=$(measure "${auth[@]}" "$url?limit=20")
search=$(measure "${auth[@]}" "$url?limit=20&search=quillfeather")
create=$(measure -s "$here/wrk_create.lua" "$url" -- "$create_org" "$create_token")
stop_all

echo "| route ($connections connections, wrk $threads threads, $duration each) | requests/s | p99 | of the ceiling | errors |"
echo "|---|---:|---:|---:|---:|"
row "bare Qt HttpServer route, fixed JSON (the ceiling)" "$bare" "$ceiling_rps"
row "bare route answered through QtConcurrent::run" "$bare_async" "$ceiling_rps"
row "GET /contacts/:id (1,000 ids in turn)" "$by_id" "$ceiling_rps"
row "GET /contacts?limit=20 on $(printf "%'d" "$total") contacts" "$list" "$ceiling_rps"
row "GET /contacts?search=quillfeather (selective)" "$search" "$ceiling_rps"
row "POST /contacts (a new phone each)" "$create" "$ceiling_rps"
