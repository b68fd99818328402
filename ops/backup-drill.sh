#!/usr/bin/env bash
# The backup drill (docs/operations.md, "Backup and restore"): a PostgreSQL cluster of its own with WAL archiving holds
# the portal's schema and a history of SHIPMENTS shipments with EVENTS_PER events each (bench/generate.sql), then
#   1. a logical backup: pg_dump (directory format, JOBS at once), restored by pg_restore into a new database;
#   2. a physical backup: pg_basebackup, one more event written after it, restored to a new cluster that replays the
#      archived WAL up to that event (point-in-time recovery);
# and the portal, started on the original and on each restore, must answer the same history: the first and a later
# page of each client's shipment list, a filtered page and a shipment's timeline, byte for byte. A fingerprint of every
# shipment and event row is compared as well. Exit status 1 on any difference.
#
#   bash ops/backup-drill.sh      (SHIPMENTS=1000000 EVENTS_PER=10 JOBS=2 by default; builds the package if missing)
#
# BACKUP_DIR (default /tmp/portal-backup-drill) holds the clusters, the backups and the logs; it is emptied first.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
DIR=${BACKUP_DIR:-/tmp/portal-backup-drill}
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
JAR=$ROOT/target/portal-server.jar
SHIPMENTS=${SHIPMENTS:-1000000} EVENTS_PER=${EVENTS_PER:-10} JOBS=${JOBS:-2}
PG1=5621 PG2=5622 PORT=9281
DB_PASSWORD=backup-drill-db-2026
STARTED=$(date +%s)

say() { printf '%s [%4ss] %s\n' "$(date -u +%H:%M:%S)" $(($(date +%s) - STARTED)) "$*" | tee -a "$DIR/backup-drill.log"; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
psql_() { as_pg "$PG_BIN/psql" -X -q -t -A -h "$DIR/pg" -p "$1" -U postgres -d "$2" "${@:3}"; }
sql() { psql_ "$1" "$2" -c "$3"; }
timed() { # label command...: runs it, says how long it took
  local from; from=$(date +%s.%N)
  "${@:2}"
  say "$1 in $(awk -v a="$from" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s"
}
size() { du -sh "$1" | cut -f1; }

cleanup() {
  set +e
  [ -f "$DIR/server.pid" ] && kill "$(cat "$DIR/server.pid")" 2>/dev/null
  for d in original restored; do
    [ -f "$DIR/pg/$d/postmaster.pid" ] && as_pg "$PG_BIN/pg_ctl" -D "$DIR/pg/$d" -m immediate stop >/dev/null 2>&1
  done
}
trap cleanup EXIT
trap 'say "stopped: line $LINENO: $BASH_COMMAND"' ERR

[ -f "$JAR" ] || mvn -q -o package -DskipTests
for d in "$DIR"/pg/original "$DIR"/pg/restored; do # a drill interrupted before
  [ -f "$d/postmaster.pid" ] && as_pg "$PG_BIN/pg_ctl" -D "$d" -m immediate stop >/dev/null 2>&1 || true
done
rm -rf "$DIR"; mkdir -p "$DIR/pg/archive" "$DIR/answers"; chmod 755 "$DIR"
[ "$(id -u)" = 0 ] && chown -R postgres "$DIR/pg"
: > "$DIR/backup-drill.log"
say "backup drill in $DIR: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}'), $SHIPMENTS shipments x $EVENTS_PER events, $(nproc) cores"

# --- the original: a cluster that archives its WAL, the portal's schema, the history ---------------------------------
as_pg "$PG_BIN/initdb" -D "$DIR/pg/original" --data-checksums --auth-local=trust --auth-host=scram-sha-256 -U postgres >/dev/null
cat >> "$DIR/pg/original/postgresql.conf" <<EOF
port = $PG1
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DIR/pg'
wal_level = replica
archive_mode = on
archive_command = 'test ! -f $DIR/pg/archive/%f && cp %p $DIR/pg/archive/%f'
max_wal_size = 8GB
shared_buffers = 1GB
maintenance_work_mem = 512MB
EOF
as_pg "$PG_BIN/pg_ctl" -D "$DIR/pg/original" -l "$DIR/pg/original.log" -w start >/dev/null
sql $PG1 postgres "create role portal login password '$DB_PASSWORD'"
sql $PG1 postgres "create database portal owner portal"

start_server() { # port-of-database: the packaged portal on that cluster's database, until it is ready
  (
    export WLP_JAR_EXTRACT_ROOT="$DIR/server" DB_KIND=postgresql DB_USER=portal DB_PASSWORD=$DB_PASSWORD
    export DB_URL="jdbc:postgresql://127.0.0.1:$1/portal" HTTP_PORT=$PORT HTTPS_PORT=$((PORT + 300))
    export KEYSTORE_PASSWORD=backup-drill-keystore-2026 ltpa_keys_password=backup-drill-ltpa-2026
    export PORTAL_LTPA_KEYS_FILE="$DIR/ltpa.keys" PORTAL_METRICS_PASSWORD=backup-drill-metrics-2026
    exec java -jar "$JAR" >> "$DIR/server.log" 2>&1
  ) &
  echo $! > "$DIR/server.pid"
  for _ in $(seq 1 480); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health/ready")" = 200 ] && return 0
    sleep 0.5
  done
  say "the server never became ready"; tail -30 "$DIR/server.log"; exit 1
}
stop_server() {
  local pid; pid=$(cat "$DIR/server.pid")
  kill -TERM "$pid"; for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  rm -f "$DIR/server.pid"
}

timed "the schema made by the portal's migrations (a first start)" start_server $PG1
stop_server
timed "the history generated (bench/generate.sql)" psql_ $PG1 portal -v orgs=10 -v shipments="$SHIPMENTS" \
  -v events_per="$EVENTS_PER" -f "$ROOT/bench/generate.sql" -o /dev/null
timed "vacuum analyze" sql $PG1 portal "vacuum analyze"
# an API key for each of the ten benchmark clients (the same as bench/run.sh's)
for n in 01 02 03 04 05 06 07 08 09 10; do
  digest=$(printf '%s' "tpl_bkdrillk${n}_BackupDrillKeyForClient${n}NotForProductXY" | sha256sum | cut -d' ' -f1)
  sql $PG1 portal "insert into api_credential (id, organisation_id, name, key_prefix, key_digest, scopes, created_by,
    created_at, version) values (9800000$n, 9000000$n, 'backup drill', 'bkdrillk$n', '$digest', 'READ', 'drill', now(), 0)"
done
say "history: $(sql $PG1 portal "select count(*) from shipment") shipments, $(sql $PG1 portal "select count(*) from tracking_event") events, database $(sql $PG1 portal "select pg_size_pretty(pg_database_size('portal'))")"

fingerprint() { # port: a checksum over every shipment and event row, with the counts
  sql "$1" portal "select (select count(*) || ' shipments ' || sum(hashtext(s::text)::bigint) from shipment s) || ', '
    || (select count(*) || ' events ' || sum(hashtext(e::text)::bigint) from tracking_event e)"
}
answers() { # name: what the portal answers about the history, one file per request
  local out="$DIR/answers/$1" n key first next id
  mkdir -p "$out"
  for n in 01 02 03 04 05 06 07 08 09 10; do
    key="tpl_bkdrillk${n}_BackupDrillKeyForClient${n}NotForProductXY"
    get() {
      curl -sS --fail-with-body -H "Authorization: Bearer $key" "http://127.0.0.1:$PORT/portal/api/v1/$1" ||
        { say "GET $1 for client $n failed"; return 1; }
    }
    first=$(get "shipments?limit=50"); echo "$first" > "$out/$n-first.json"
    next=$(echo "$first" | grep -o '"next":"[^"]*"' | sed 's/.*cursor=\([^"&]*\).*/\1/')
    get "shipments?limit=50&cursor=$next" > "$out/$n-second.json"
    get "shipments?limit=50&status=DELIVERED" > "$out/$n-filtered.json"
    id=$(echo "$first" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
    get "shipments/$id" > "$out/$n-shipment.json"
  done
}
compare() { # name
  if diff -rq "$DIR/answers/original" "$DIR/answers/$1" >/dev/null; then
    say "   ok    the portal on the $1 answers $(ls "$DIR/answers/$1" | wc -l) history requests as on the original"
  else
    say "   DIFFERS the portal on the $1: $(diff -rq "$DIR/answers/original" "$DIR/answers/$1" | head -3)"; FAILED=1
  fi
  local f; f=$(fingerprint "$2")
  if [ "$f" = "$ORIGINAL" ]; then say "   ok    every row the same: $f"; else say "   DIFFERS rows: $f"; FAILED=1; fi
}
FAILED=0
start_server $PG1
answers original
stop_server
[ "$(find "$DIR/answers/original" -size -100c | wc -l)" = 0 ] || { say "the original's answers are empty"; exit 1; }
ORIGINAL=$(fingerprint $PG1)

# --- 1. logical: pg_dump and pg_restore ------------------------------------------------------------------------------
timed "1. pg_dump -Fd -j $JOBS" as_pg "$PG_BIN/pg_dump" -h "$DIR/pg" -p $PG1 -U postgres -Fd -j "$JOBS" \
  -f "$DIR/pg/dump" portal
say "   the dump: $(size "$DIR/pg/dump")"
sql $PG1 postgres "create database restored owner portal"
timed "   pg_restore -j $JOBS into a new database" as_pg "$PG_BIN/pg_restore" -h "$DIR/pg" -p $PG1 -U postgres \
  -d restored -j "$JOBS" --no-owner --role=portal "$DIR/pg/dump"
timed "   analyze" sql $PG1 restored "analyze"
sql $PG1 postgres "alter database portal rename to original; alter database restored rename to portal"
start_server $PG1
answers "logical restore"
stop_server
compare "logical restore" $PG1
sql $PG1 postgres "alter database portal rename to restored; alter database original rename to portal"

# --- 2. physical: a base backup and the WAL archive (point-in-time recovery) ----------------------------------------
timed "2. pg_basebackup (tar, compressed)" as_pg "$PG_BIN/pg_basebackup" -h "$DIR/pg" -p $PG1 -U postgres \
  -D "$DIR/pg/base" -Ft -z -X fetch --checkpoint=fast
say "   the base backup: $(size "$DIR/pg/base")"
# written after the backup: only the archived WAL brings it back
sql $PG1 portal "insert into tracking_event (id, shipment_id, organisation_id, status_code, occurred_at, zone,
  source_system, sender_event_id, received_at)
  select 99999999999, id, organisation_id, 'X6', now(), 'UTC', 'BACKUP-DRILL', 'after-the-base-backup', now()
  from shipment where organisation_id = 900000001 order by id limit 1"
# the point to recover to: a named restore point in the WAL, the segment holding it archived
sql $PG1 postgres "select pg_create_restore_point('backup-drill'), pg_switch_wal()" >/dev/null
for _ in $(seq 1 60); do
  [ "$(sql $PG1 postgres "select last_archived_wal >= pg_walfile_name(pg_current_wal_lsn() - 1) from pg_stat_archiver")" = t ] && break
  sleep 0.5
done
ORIGINAL=$(fingerprint $PG1)
start_server $PG1
answers original
stop_server
as_pg "$PG_BIN/pg_ctl" -D "$DIR/pg/original" -m fast -w stop >/dev/null

restore_physical() {
  as_pg mkdir -m 700 "$DIR/pg/restored"
  as_pg tar -xzf "$DIR/pg/base/base.tar.gz" -C "$DIR/pg/restored"
  as_pg sed -i "s/^port = $PG1/port = $PG2/; s/^archive_mode = on/archive_mode = off/" "$DIR/pg/restored/postgresql.conf"
  printf "restore_command = 'cp %s/pg/archive/%%f %%p'\nrecovery_target_name = 'backup-drill'\nrecovery_target_action = 'promote'\n" \
    "$DIR" | as_pg tee -a "$DIR/pg/restored/postgresql.auto.conf" >/dev/null
  as_pg touch "$DIR/pg/restored/recovery.signal"
  as_pg "$PG_BIN/pg_ctl" -D "$DIR/pg/restored" -l "$DIR/pg/restored.log" -w -t 3600 start >/dev/null
  for _ in $(seq 1 600); do [ "$(sql $PG2 postgres "select pg_is_in_recovery()")" = f ] && break; sleep 0.5; done
}
timed "   restored: extracted, WAL replayed to the event written after the backup" restore_physical
start_server $PG2
answers "physical restore"
stop_server
compare "physical restore" $PG2
check_after=$(sql $PG2 portal "select count(*) from tracking_event where sender_event_id = 'after-the-base-backup'")
if [ "$check_after" = 1 ]; then say "   ok    the event written after the base backup came back from the WAL archive"
else say "   LOST  the event written after the base backup"; FAILED=1; fi

say "backup drill $([ $FAILED = 0 ] && echo passed || echo FAILED) in $(($(date +%s) - STARTED)) s"
exit $FAILED
