#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests' postgresql variants (the CTest fixture
# "postgres", see tests/CMakeLists.txt):
#
#   postgres-test-cluster.sh start DIR   writes DIR/uri (the admin URI) and DIR/pgdata
#   postgres-test-cluster.sh stop DIR    safe when nothing runs
#   postgres-test-cluster.sh halt DIR    shuts the server down as a restart does, data kept
#   postgres-test-cluster.sh resume DIR  starts it again after halt
#
# Speed over durability (fsync off), and only a Unix socket, so that nothing else on the
# machine can reach it or collide with it. PostgreSQL refuses to run as root: as root, the
# cluster runs as the postgres user, in /tmp because the build tree may not be readable by it.
set -euo pipefail

bindir=${POSTGRES_BINDIR:-/usr/lib/postgresql/15/bin}

usage() {
  echo "usage: $0 start|stop|halt|resume DIR" >&2
  exit 2
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop_cluster() {
  local dir=$1 pgdata tmp
  [ -f "$dir/pgdata" ] || { rm -f "$dir/uri"; return 0; }
  pgdata=$(<"$dir/pgdata")
  tmp=$(dirname "$pgdata")
  if [ -d "$pgdata" ]; then
    as_owner "$bindir/pg_ctl" stop -D "$pgdata" -m immediate >/dev/null 2>&1 || true
  fi
  # Only ever a folder this script made: DIR/pgdata may be stale or edited by hand.
  case $tmp in
    /tmp/contacts-pg.*) rm -rf "$tmp" ;;
    *) echo "postgres-test-cluster: not removing $tmp (not made by this script)" >&2 ;;
  esac
  rm -f "$dir/uri" "$dir/pgdata"
}

# A port no TCP socket and no other cluster's socket file uses (its name ends in the port).
free_port() {
  local port
  for _ in $(seq 100); do
    port=$((20000 + RANDOM % 30000))
    if ! grep -qs "$(printf ':%04X ' "$port")" /proc/net/tcp /proc/net/tcp6 &&
      ! grep -qs "\.s\.PGSQL\.$port\$" /proc/net/unix; then
      echo "$port"
      return 0
    fi
  done
  echo "postgres-test-cluster: no free port found" >&2
  return 1
}

start_cluster() {
  local dir=$1 tmp pgdata port
  for tool in initdb pg_ctl; do
    if [ ! -x "$bindir/$tool" ]; then
      echo "postgres-test-cluster: $bindir/$tool is missing; install postgresql-15" \
        "(scripts/install-deps.sh) or set POSTGRES_BINDIR" >&2
      exit 1
    fi
  done
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    echo "postgres-test-cluster: running as root needs the postgres user (postgresql-15)" >&2
    exit 1
  fi

  mkdir -p "$dir"
  stop_cluster "$dir" # a leftover of a killed run
  tmp=$(mktemp -d /tmp/contacts-pg.XXXXXXXX)
  pgdata=$tmp/data
  [ "$(id -u)" -ne 0 ] || chown postgres: "$tmp"
  echo "$pgdata" >"$dir/pgdata"

  as_owner "$bindir/initdb" -D "$pgdata" -U postgres --auth=trust -E UTF8 --locale=C \
    --no-sync >"$tmp/initdb.log" 2>&1 || {
    cat "$tmp/initdb.log" >&2
    stop_cluster "$dir"
    exit 1
  }
  port=$(free_port) || { stop_cluster "$dir"; exit 1; }
  # Several servers with several worker connections each, in parallel suites.
  cat >>"$pgdata/postgresql.conf" <<EOF
listen_addresses = ''
unix_socket_directories = '$tmp'
port = $port
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  if ! as_owner "$bindir/pg_ctl" start -w -t 60 -D "$pgdata" -l "$tmp/server.log" >/dev/null; then
    cat "$tmp/server.log" >&2
    stop_cluster "$dir"
    exit 1
  fi
  echo "postgresql:///postgres?host=$tmp&port=$port&user=postgres" >"$dir/uri"
  echo "postgres-test-cluster: $(<"$dir/uri")"
}

# A restart in two steps, so that a test can watch the outage between them: a fast shutdown
# (connections cut, a checkpoint) as systemd or a failover manager does, then a start.
halt_cluster() {
  as_owner "$bindir/pg_ctl" stop -w -t 60 -m fast -D "$(<"$1/pgdata")" >/dev/null
}

resume_cluster() {
  local pgdata
  pgdata=$(<"$1/pgdata")
  as_owner "$bindir/pg_ctl" start -w -t 60 -D "$pgdata" -l "$(dirname "$pgdata")/server.log" \
    >/dev/null
}

[ $# -eq 2 ] || usage
dir=$(realpath -m "$2")
cd / # the postgres user may not be allowed into the current folder
case $1 in
  start) start_cluster "$dir" ;;
  stop) stop_cluster "$dir" ;;
  halt) halt_cluster "$dir" ;;
  resume) resume_cluster "$dir" ;;
  *) usage ;;
esac
