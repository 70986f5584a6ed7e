#!/usr/bin/env bash
# Start a throwaway PostgreSQL on 127.0.0.1 (installing Debian's package if needed) and print its URL.
# Usage: eval "$(scripts/postgres.sh start)"   -> exports NEWSDESK_TEST_POSTGRES_URL
#        scripts/postgres.sh stop
set -euo pipefail
PORT=${NEWSDESK_PG_PORT:-54329}
DATA=${NEWSDESK_PG_DATA:-/tmp/newsdesk-pg}
pgbin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-start}" in
start)
  if [ -z "$(pgbin)" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
  fi
  BIN=$(pgbin)
  if ! as_pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    rm -rf "$DATA"; mkdir -p "$DATA"
    [ "$(id -u)" = 0 ] && chown postgres "$DATA"
    as_pg "$BIN/initdb" -D "$DATA" -A trust -U postgres >/dev/null
    as_pg "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -k /tmp -c fsync=off" start >&2
  fi
  as_pg "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname='newsdesk_test'" | grep -q 1 \
    || as_pg "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres newsdesk_test
  echo "export NEWSDESK_TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:$PORT/newsdesk_test"
  ;;
stop)
  as_pg "$(pgbin)/pg_ctl" -D "$DATA" -m fast stop >&2 || true
  ;;
esac
