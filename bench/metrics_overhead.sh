#!/usr/bin/env bash
# What counting for GET /metrics costs: two contacts-server binaries, one without the metrics
# (the commit before them) and one with, on one database, measured with wrk in turns (A B, then
# B A, ...) so that a change in the machine's load falls on both. Prints a Markdown table on
# stdout (requests/s of each run, the means and the difference, and the server's CPU time per
# request, which depends less on what else runs on the machine); wrk's reports on stderr.
#
#   bench/metrics_overhead.sh BASELINE_SERVER METRICS_SERVER [DURATION] [ROUNDS] [CONTACTS] [SCENARIOS]
#
# SCENARIOS: any of by_id, list and healthz (default all three), e.g. "list healthz".
# The database is made for the run (CONTACTS, default 20,000, through the bulk route) and
# removed after it. Run it under `flock /tmp/contacts-bench.lock` on a shared machine.
set -euo pipefail

baseline=${1:?usage: metrics_overhead.sh BASELINE_SERVER METRICS_SERVER [DURATION] [ROUNDS] [CONTACTS]}
candidate=${2:?usage: metrics_overhead.sh BASELINE_SERVER METRICS_SERVER [DURATION] [ROUNDS] [CONTACTS]}
duration=${3:-10s}
rounds=${4:-2}
count=${5:-20000}
scenarios=${6:-by_id list healthz}
threads=2
connections=16
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

db=$work/contacts.db
token=$("$candidate" --db "$db" token add --org bench 2>/dev/null)
auth=(-H "x-org-id: bench" -H "Authorization: Bearer $token")

# Starts `server` on a free port and sets `port`.
port=0
start() { # server, log name
  local out=$work/out.$2
  "$1" --db "$db" --listen 127.0.0.1:0 --rate-limit 0 >"$out" 2>"$work/log.$2" &
  pids+=($!)
  for _ in $(seq 100); do
    if [ -s "$out" ]; then
      port=$(head -1 "$out" | sed 's/.*://')
      return
    fi
    sleep 0.05
  done
  echo "metrics_overhead: $1 did not start" >&2
  exit 1
}

# The contacts, 1,000 a request, through the candidate.
start "$candidate" seed
for ((batch = 0; batch < count / 1000; batch++)); do
  {
    printf '{"contacts":['
    for ((i = 0; i < 1000; i++)); do
      [ "$i" -gt 0 ] && printf ','
      printf '{"userNumber":"+9715%08d","userName":"Bench %d"}' $((batch * 1000 + i)) "$i"
    done
    printf ']}'
  } >"$work/bulk.json"
  curl -sf -o /dev/null "${auth[@]}" -H "Content-Type: application/json" \
    --data-binary "@$work/bulk.json" "http://127.0.0.1:$port/api/whatsapp/contacts/bulk"
done
# 1,000 ids from ten pages spread over the list, for GET by id.
step=$((count / 1000))
for ((page = 1; page <= count / 100; page += step > 0 ? step : 1)); do
  curl -s "${auth[@]}" "http://127.0.0.1:$port/api/whatsapp/contacts?limit=100&page=$page" |
    { grep -o '"id":"contact_[^"]*"' || true; } | cut -d'"' -f4
done | head -1000 >"$work/ids"
kill "${pids[0]}"
wait "${pids[0]}" 2>/dev/null || true
pids=()

start "$baseline" baseline
a_port=$port
a_pid=${pids[-1]}
start "$candidate" metrics
b_port=$port
b_pid=${pids[-1]}
echo "metrics_overhead: $(wc -l <"$work/ids") ids; baseline on $a_port, metrics on $b_port" >&2

# The CPU time `pid` has used, in clock ticks (user and system).
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# Runs wrk against `port` (the server `pid`) for `scenario`; prints requests/s and the server's
# CPU microseconds per request, as "RPS:US".
measure() { # scenario, port, pid
  local base=http://127.0.0.1:$2 report before
  before=$(ticks "$3")
  case $1 in
  by_id) report=$(wrk -t$threads -c$connections -d"$duration" -s "$here/wrk_get.lua" \
    "$base/api/whatsapp/contacts" -- bench "$token" "$work/ids") ;;
  list) report=$(wrk -t$threads -c$connections -d"$duration" "${auth[@]}" \
    "$base/api/whatsapp/contacts?limit=20") ;;
  healthz) report=$(wrk -t$threads -c$connections -d"$duration" "$base/healthz") ;;
  esac
  echo "$report" >&2
  if echo "$report" | grep -q 'Non-2xx'; then
    echo "metrics_overhead: non-2xx answers in $1" >&2
    exit 1
  fi
  echo "$report" | awk -v ticks=$(($(ticks "$3") - before)) -v hz="$(getconf CLK_TCK)" '
    / requests in / {n = $1} /Requests\/sec/ {rps = $2}
    END {printf "%.0f:%.1f", rps, 1e6 * ticks / hz / n}' | tee >(sed "s/^/metrics_overhead: $1 on $2 /;s/$/\n/" >&2)
}

echo "| scenario ($connections connections, wrk $threads threads, $duration each) | without metrics, requests/s | with metrics, requests/s | mean without | mean with | difference | server CPU µs/request, without → with |"
echo "|---|---|---|---:|---:|---:|---:|"
for scenario in $scenarios; do
  without=() with=()
  for ((round = 0; round < rounds; round++)); do
    # A B, then B A: whichever runs second in a round runs first in the next.
    if ((round % 2 == 0)); then
      without+=("$(measure $scenario "$a_port" "$a_pid")")
      with+=("$(measure $scenario "$b_port" "$b_pid")")
    else
      with+=("$(measure $scenario "$b_port" "$b_pid")")
      without+=("$(measure $scenario "$a_port" "$a_pid")")
    fi
  done
  awk -v name="$scenario" -v a="${without[*]}" -v b="${with[*]}" '
  function runs(text, out,    n, i, x, parts) { # fills out["rps"], out["us"], out["list"]
    n = split(text, x, " ")
    out["rps"] = 0; out["us"] = 0; out["list"] = ""
    for (i = 1; i <= n; i++) {
      split(x[i], parts, ":")
      out["rps"] += parts[1] / n; out["us"] += parts[2] / n
      out["list"] = out["list"] (i > 1 ? " / " : "") parts[1]
    }
  }
  BEGIN {
    runs(a, ra); runs(b, rb)
    printf "| %s | %s | %s | %.0f | %.0f | %+.1f %% | %.1f → %.1f (%+.1f %%) |\n", name, ra["list"],
      rb["list"], ra["rps"], rb["rps"], 100 * (rb["rps"] - ra["rps"]) / ra["rps"], ra["us"],
      rb["us"], 100 * (rb["us"] - ra["us"]) / ra["us"]
  }'
done
