#!/usr/bin/env bash
# The migration that partitions tracking_event by month (V33_2) timed on a history of SHIPMENTS shipments with
# EVENTS_PER events each (default 1,000,000 x 10), beside a baseline that does the same rewrite by hand in the same run:
# the events copied into a new plain table with the same primary key, foreign key and indexes (rolled back). Both on a
# scratch database of Debian's PostgreSQL (dropped at the end) whose schema stops at V33_1, filled by bench/generate.sql.
# Usage (from the repository root, as root): bash bench/partitioning.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SHIPMENTS=${SHIPMENTS:-1000000}; EVENTS_PER=${EVENTS_PER:-10}; DB=partitioning_bench
pg_ctlcluster 15 main start 2>/dev/null || true
as_pg() { su postgres -c "$*"; }
as_pg "psql -qc 'drop database if exists $DB' -c 'create database $DB'"
# the migrations before V33_2 in Flyway's order (both databases' and PostgreSQL's own, by version)
for f in $(ls src/main/resources/db/migration/V*.sql src/main/resources/db/vendor/postgresql/V*.sql \
    | awk -F/ '{ v = $NF; sub(/^V/, "", v); sub(/__.*/, "", v); gsub(/_/, ".", v); print v " " $0 }' | sort -V \
    | awk '{ split($1, p, "."); if (p[1] + 0 < 33 || (p[1] == 33 && p[2] + 0 < 2)) print $2 }'); do
  as_pg "psql -q -v ON_ERROR_STOP=1 -d $DB -f $f" >/dev/null
done
# Flyway's history as a server keeps it: V33_2 adds the identities of events received since V33_1 ran
as_pg "psql -q -d $DB -c 'create table flyway_schema_history (version varchar(50), installed_on timestamp not null default now())' \
  -c \"insert into flyway_schema_history (version) values ('33.1')\""
as_pg "psql -q -d $DB -v orgs=10 -v shipments=$SHIPMENTS -v events_per=$EVENTS_PER -f bench/generate.sql" >/dev/null
as_pg "psql -qd $DB -c 'vacuum analyze tracking_event' -c checkpoint"
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== data: $(as_pg "psql -qtAd $DB -c 'select count(*) from tracking_event'") events, $(as_pg "psql -qtAd $DB -c \"select pg_size_pretty(pg_total_relation_size('tracking_event'))\"") with indexes"
seconds() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null; t1=$(date +%s.%N); echo "$t1 - $t0" | bc; }
BASE=$(seconds as_pg "psql -q -v ON_ERROR_STOP=1 -d $DB -c 'begin' \
  -c 'create table tracking_event_copy (like tracking_event including defaults)' \
  -c 'insert into tracking_event_copy select * from tracking_event' \
  -c 'alter table tracking_event_copy add primary key (id, occurred_at)' \
  -c 'alter table tracking_event_copy add foreign key (shipment_id) references shipment (id)' \
  -c 'create index on tracking_event_copy (shipment_id, occurred_at, id)' \
  -c 'create index on tracking_event_copy using brin (occurred_at)' \
  -c 'create index on tracking_event_copy using brin (received_at)' -c 'rollback'")
as_pg "psql -qd $DB -c checkpoint"
MIGRATION=$(seconds as_pg "psql -q -v ON_ERROR_STOP=1 -d $DB -f src/main/resources/db/vendor/postgresql/V33_2__tracking_event_by_month.sql")
echo "baseline (the same rows copied into a plain table with the same keys and indexes): $BASE s"
echo "V33_2 (the events partitioned by month): $MIGRATION s; ratio $(echo "scale=2; $MIGRATION / $BASE" | bc)"
echo "after: $(as_pg "psql -qtAd $DB -c 'select count(*) from tracking_event'") events in $(as_pg "psql -qtAd $DB -c \"select count(*) from pg_inherits where inhparent = 'tracking_event'::regclass\"") partitions, $(as_pg "psql -qtAd $DB -c 'select count(*) from tracking_event_default'") in the default one, $(as_pg "psql -qtAd $DB -c 'select count(*) from tracking_event_sender'") identities"
as_pg "psql -qc 'drop database $DB'"
