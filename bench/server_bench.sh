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
  report=$(wrk -t"$threads" -c"$connections" -d"$duration" --timeout 30s --latency "$@")
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
stamp=$(date +%s)
# Writes go to fresh organizations of their own, so that every run creates new contacts and the
# reads stay on the same ones.
new_token() { "$server" --db "$db" token add --org "bench-$1-$stamp" 2>/dev/null; }
create_token=$(new_token create)
bulk_token=$(new_token bulk)
create2_token=$(new_token create2)
bulk2_token=$(new_token bulk2)
start "$server" --db "$db" --listen 127.0.0.1:0 --rate-limit 0
direct_port=$port
url=http://127.0.0.1:$port/api/whatsapp/contacts
auth=(-H "x-org-id: $org" -H "Authorization: Bearer $token")

# 1,000 ids from pages spread over the list, for GET by id.
for page in $(seq 1 997 9970); do
  curl -s "${auth[@]}" "$url?limit=100&page=$page" | { grep -o '"id":"contact_[^"]*"' || true; } |
    cut -d'"' -f4
done >"$work/ids"
total=$(curl -s "${auth[@]}" "$url?limit=1" | grep -o '"total":[0-9]*' | cut -d: -f2)
echo "server_bench: contacts-server on $total contacts, $(wc -l <"$work/ids") ids" >&2

# The wrk suite against the server(s) behind `base`; sets by_id, list, search, create, bulk.
suite() { # base url, create org suffix, create token, bulk org suffix, bulk token
  local base=$1
  by_id=$(measure -s "$here/wrk_get.lua" "$base" -- "$org" "$token" "$work/ids")
  list=$(measure "${auth[@]}" "$base?limit=20")
  search=$(measure "${auth[@]}" "$base?limit=20&search=quillfeather")
  create=$(measure -s "$here/wrk_create.lua" "$base" -- "bench-$2-$stamp" "$3")
  bulk=$(measure -s "$here/wrk_create.lua" "$base" -- "bench-$4-$stamp" "$5" 1000)
}

table() { # title, ceiling result
  local ceiling_rps=${2%%|*}
  echo
  echo "| $1 ($connections connections, wrk $threads threads, $duration each) | requests/s | p99 | of the ceiling | errors |"
  echo "|---|---:|---:|---:|---:|"
  row "bare Qt HttpServer route, fixed JSON (the ceiling)" "$2" "$ceiling_rps"
  row "GET /contacts/:id (1,000 ids in turn)" "$by_id" "$ceiling_rps"
  row "GET /contacts?limit=20 on $(printf "%'d" "$total") contacts" "$list" "$ceiling_rps"
  row "GET /contacts?search=quillfeather (selective)" "$search" "$ceiling_rps"
  row "POST /contacts (a new phone each)" "$create" "$ceiling_rps"
  row "POST /contacts/bulk (1,000 new phones each)" "$bulk" "$ceiling_rps"
}

suite "$url" create "$create_token" bulk "$bulk_token"
stop_all
echo "| ceiling variant | requests/s | p99 | of the ceiling | errors |"
echo "|---|---:|---:|---:|---:|"
row "bare route answered through QtConcurrent::run" "$bare_async" "$ceiling_rps"
table "one contacts-server" "$bare"

# Two servers on the same database behind one HAProxy port (round robin), against the bare
# route behind the same HAProxy as the ceiling. Skipped without haproxy (apt-get install
# haproxy).
if ! command -v haproxy >/dev/null; then
  echo "server_bench: haproxy is not installed; two servers behind one port skipped" >&2
  exit 0
fi
balance() { # ports... ; starts HAProxy in front of them and sets `port`
  local front
  front=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  {
    echo "global"
    echo "  maxconn 1000"
    echo "defaults"
    echo "  mode http"
    echo "  timeout connect 5s"
    echo "  timeout client 30s"
    echo "  timeout server 30s"
    echo "  option http-keep-alive"
    echo "frontend contacts"
    echo "  bind 127.0.0.1:$front"
    echo "  default_backend servers"
    echo "backend servers"
    echo "  balance roundrobin"
    local i=0
    for p in "$@"; do
      echo "  server s$i 127.0.0.1:$p"
      i=$((i + 1))
    done
  } >"$work/haproxy.cfg"
  haproxy -f "$work/haproxy.cfg" -db >"$work/log.haproxy" 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do
    curl -s -o /dev/null "http://127.0.0.1:$front/" && break
    sleep 0.05
  done
  port=$front
}

echo "server_bench: two servers behind HAProxy" >&2
start "$ceiling"
ceiling_port=$port
balance "$ceiling_port"
bare_balanced=$(measure "http://127.0.0.1:$port/ping")
stop_all
start "$server" --db "$db" --listen 127.0.0.1:0 --rate-limit 0
first=$port
start "$server" --db "$db" --listen 127.0.0.1:0 --rate-limit 0
second=$port
balance "$first" "$second"
suite "http://127.0.0.1:$port/api/whatsapp/contacts" create2 "$create2_token" bulk2 "$bulk2_token"
stop_all
table "two contacts-servers behind HAProxy 2.6" "$bare_balanced"
