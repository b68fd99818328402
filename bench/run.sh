#!/usr/bin/env bash
# Reproducible benchmark run on one machine: Debian PostgreSQL + the portal (Liberty) on it,
# the benchmark history (bench/generate.sql), then the API benchmarks. Sizes by environment:
#   SHIPMENTS (default 1000000), EVENTS_PER (10), CLIENTS (32), BENCH_SECONDS (30), BATCHES (40),
#   IMPORT_ROWS (1000000), WARMUP_SECONDS (90, the history API's warm-up), INGEST_CLIENTS (4: ingestion runs
#   with 1 client, then with this many); the server's ports by BENCH_HTTP_PORT (9080) and BENCH_HTTPS_PORT (9443);
#   ONLY, a space-separated subset of: startup history portal home export ingest import xlsx sla disputes relationship
#   webhooks
#   (default all); WEBHOOK_RATE (1000 status changes a second) and WEBHOOK_SECONDS (300) for webhooks;
#   PG_TUNED=0 for Debian's PostgreSQL settings; KEEP_SERVER=1 leaves the server running at the end;
#   HOME_CLIENT_SHIPMENTS (1000000) and HOME_EVENTS_PER (EVENTS_PER): the size of the home page's client (home below);
#   PORTAL_PAGES: the pages the portal benchmark times, comma-separated (shipments.xhtml, the shipment table).
# home times benchmark client 11, which holds HOME_CLIENT_SHIPMENTS shipments of its own, beside the history the other
# benchmarks use (made on its first run and kept: later runs' exports of every shipment and recomputation of every
# client count it too; it runs last, so that a run's other benchmarks see the history of SHIPMENTS as before).
# Usage (from the repository root, after `mvn package`): bash bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SHIPMENTS=${SHIPMENTS:-1000000}; EVENTS_PER=${EVENTS_PER:-10}
HOME_CLIENT_SHIPMENTS=${HOME_CLIENT_SHIPMENTS:-1000000}; HOME_EVENTS_PER=${HOME_EVENTS_PER:-$EVENTS_PER}
HOME_FIRST=10000000 # the home client's shipments are numbered from here (bench/generate.sql's first): above the shared history's
CLIENTS=${CLIENTS:-32}; SECONDS_=${BENCH_SECONDS:-30}; BATCHES=${BATCHES:-40}
WLP=target/liberty/wlp
LIB=$WLP/usr/shared/resources/portal-lib
PORT=${BENCH_HTTP_PORT:-9080}; SPORT=${BENCH_HTTPS_PORT:-9443}
BASE=http://localhost:$PORT/portal
ONLY=${ONLY:-startup history portal home export ingest import xlsx sla disputes relationship webhooks}
want() { [[ " $ONLY " == *" $1 "* ]]; }

# start-up against an empty Liberty with the same features (the embedded demo server, before PostgreSQL's part)
if want startup; then bash bench/startup.sh; fi

command -v pg_ctlcluster >/dev/null || { apt-get update -qq && apt-get install -y -qq postgresql; }
pg_ctlcluster 15 main start 2>/dev/null || true
# PostgreSQL settings for a server that takes bulk loads (docs/deployment.md gives them as production advice):
# more shared buffers than Debian's 128 MB, WAL room so that a large import does not force a checkpoint every
# gigabyte (each one makes the next write of every page log the whole page), compressed full-page images.
# Durability is untouched: fsync and synchronous_commit stay on for the cluster (imports turn the latter off
# for their own transactions only, see ShipmentImportService). PG_TUNED=0 keeps Debian's defaults.
if [ "${PG_TUNED:-1}" = 1 ]; then
  su postgres -c "psql -qc \"alter system set shared_buffers = '2GB'\" -c \"alter system set max_wal_size = '16GB'\" \
    -c \"alter system set min_wal_size = '1GB'\" -c \"alter system set checkpoint_timeout = '15min'\" \
    -c \"alter system set wal_compression = 'lz4'\" -c \"alter system set shared_preload_libraries = 'pg_stat_statements'\""
else
  su postgres -c "psql -qc 'alter system reset all' -c \"alter system set shared_preload_libraries = 'pg_stat_statements'\""
fi
su postgres -c "psql -qc 'select pg_reload_conf()'" >/dev/null
[ "$(su postgres -c "psql -qtAc \"select count(*) from pg_settings where pending_restart\"")" = 0 ] || pg_ctlcluster 15 main restart
echo "== PostgreSQL: $(su postgres -c "psql -qtAc \"select string_agg(name || '=' || current_setting(name), ', ' order by name) from pg_settings
  where name in ('shared_buffers', 'max_wal_size', 'checkpoint_timeout', 'wal_compression', 'synchronous_commit', 'fsync')\"")"
su postgres -c "psql -qtc \"select 1 from pg_roles where rolname='portal'\"" | grep -q 1 \
  || su postgres -c "psql -q -c \"create role portal login\""
# the portal refuses well-known database passwords, so the benchmark's role has one of its own
su postgres -c "psql -q -c \"alter role portal password 'bench-db-password-2026'\""
su postgres -c "psql -qtc \"select 1 from pg_database where datname='portal'\"" | grep -q 1 \
  || su postgres -c "psql -q -c \"create database portal owner portal\""
su postgres -c "psql -d portal -qc 'create extension if not exists pg_stat_statements'" # where the time goes, per statement

# the portal on PostgreSQL (Flyway creates the schema at start)
$WLP/bin/server stop defaultServer >/dev/null 2>&1 || true
# the webhook benchmark's receiver listens on the loopback over plain HTTP, which production refuses
PORTAL_WEBHOOKS_HTTP_LOOPBACK=true PORTAL_WEBHOOKS_PRIVATE_TARGETS=true \
  PORTAL_RATELIMIT_PER_MINUTE=1000000 PORTAL_RATELIMIT_BURST=1000000 \
  HTTP_PORT=$PORT HTTPS_PORT=$SPORT DB_KIND=postgresql DB_HOST=localhost DB_NAME=portal DB_USER=portal DB_PASSWORD=bench-db-password-2026 \
  $WLP/bin/server start defaultServer
until curl -sf http://localhost:$PORT/health/ready >/dev/null; do sleep 2; done
READY=$SECONDS
# The scheduled jobs run once soon after a start (SLA roll-up at 1 s, dispute deadlines at 2 s, relationship
# recomputation at 120 s); a benchmark timed meanwhile would share the cores with them. settle waits until
# they have had their first run and none holds its lease (the history benchmark's warm-up covers it otherwise).
settle() {
  while [ $((SECONDS - READY)) -lt 150 ] || [ "$(su postgres -c "psql -d portal -qtAc \"select count(*) from job_lease
      where holder is not null and leased_until > now()\"")" != 0 ]; do sleep 5; done
}

# the shared history, made once and extended when SHIPMENTS grows (bench/scale.sh), 3,000,000 shipments at a time so
# that no transaction holds tens of millions of rows; the shipments already there keep their numbers
HAVE=$(su postgres -c "psql -d portal -qtAc \"select count(*) from shipment where id > 5000000000 and id <= $((5000000000 + HOME_FIRST))\"")
while [ "$HAVE" -lt "$SHIPMENTS" ]; do
  CHUNK=$(( SHIPMENTS - HAVE < 3000000 ? SHIPMENTS - HAVE : 3000000 ))
  T0=$SECONDS
  su postgres -c "psql -d portal -q -v orgs=10 -v first=$HAVE -v shipments=$CHUNK -v events_per=$EVENTS_PER -f bench/generate.sql" \
    > /tmp/portal-bench-generate.log
  echo "== generated shipments $((HAVE + 1)) to $((HAVE + CHUNK)) with $EVENTS_PER events each in $((SECONDS - T0)) s"
  HAVE=$((HAVE + CHUNK))
done

# an API key of benchmark client 2 (its shipments are BR-1, BR-11, BR-21, ...)
KEY="tpl_benchkey02_BenchmarkKeyForClientTwoNotForProduction"
DIGEST=$(printf '%s' "$KEY" | sha256sum | cut -d' ' -f1)
su postgres -c "psql -d portal -q -c \"insert into api_credential (id, organisation_id, name, key_prefix, key_digest, scopes, created_by, created_at, version)
  values (990000002, 900000002, 'bench', 'benchkey02', '$DIGEST', 'READ,WRITE', 'bench', now(), 0) on conflict do nothing\""
# and one of each other benchmark client (bench/history.lua spreads its requests over all ten)
for n in 01 03 04 05 06 07 08 09 10; do
  D=$(printf '%s' "tpl_benchkey${n}_BenchmarkKeyForClient${n}NotForProductionX" | sha256sum | cut -d' ' -f1)
  su postgres -c "psql -d portal -q -c \"insert into api_credential (id, organisation_id, name, key_prefix, key_digest, scopes, created_by, created_at, version)
    values (9900000$n, 9000000$n, 'bench', 'benchkey$n', '$D', 'READ', 'bench', now(), 0) on conflict do nothing\""
done

# a 3PL integration key (all organisations: the 1,000,000-row export) and a portal user of client 2
IKEY="tpl_benchinteg_BenchmarkIntegrationKeyAllOrganisations0"
IDIGEST=$(printf '%s' "$IKEY" | sha256sum | cut -d' ' -f1)
HASH=$(printf 'System.out.println(new org.threepl.portal.infrastructure.security.Pbkdf2PasswordHasher(600000).hash("bench-password-2026".toCharArray()));\n/exit\n' \
  | jshell --class-path target/classes -q 2>/dev/null | grep -o 'pbkdf2[^ ]*' | tr -d '\r' | head -1 || true)
[ -n "$HASH" ] || { echo "bench: could not hash the benchmark user's password with target/classes (run mvn package first)" >&2; exit 1; }
cat > /tmp/portal-bench.sql <<SQL
insert into api_credential (id, organisation_id, name, key_prefix, key_digest, scopes, created_by, created_at, version)
  values (990000099, null, 'bench integration', 'benchinteg', '$IDIGEST', 'READ,WRITE', 'bench', now(), 0) on conflict do nothing;
insert into user_account (id, username, display_name, email, role, organisation_id, password_hash, password_change_required,
  enabled, created_at, version) values (990000100, 'bench.user', 'Bench user', 'bench@example.com', 'CLIENT_USER', 900000002,
  '$HASH', false, true, now(), 0) on conflict (id) do update set password_hash = excluded.password_hash;
delete from login_throttle;
SQL
chmod 644 /tmp/portal-bench.sql
su postgres -c "psql -d portal -q -f /tmp/portal-bench.sql"

# a benchmark client's contract with five service-level terms (the SLA dashboard's and the home page's last closed period):
# client 2's (contract 990000200) by default, or: sla_terms CLIENT CONTRACT_ID (the terms are CONTRACT_ID + 1..5)
sla_terms() {
local n=${1:-2} c=${2:-990000200} o=$((900000000 + ${1:-2}))
cat > /tmp/portal-bench-sla.sql <<SQL
insert into client_contract (id, organisation_id, contract_number, start_date, end_date, services, monthly_fee, currency, version)
  values ($c, $o, 'C-BENCH$n', current_date - 800, null, 'TRANSPORT', 40000, 'EUR', 0) on conflict do nothing;
insert into sla_term (id, contract_id, organisation_id, kpi, target, period_kind, scope_kind, tolerance_minutes, bonus_threshold,
  bonus_percent, penalty_threshold, penalty_percent, effective_from, recorded_by, recorded_at) values
  ($((c + 1)), $c, $o, 'ON_TIME_DELIVERY', 95, 'MONTH', 'ALL', 30, 98, 2, 95, 5, current_date - 800, 'bench', now()),
  ($((c + 2)), $c, $o, 'IN_FULL', 98, 'MONTH', 'ALL', 0, null, null, null, null, current_date - 800, 'bench', now()),
  ($((c + 3)), $c, $o, 'OTIF', 92, 'MONTH', 'ALL', 30, null, null, null, null, current_date - 800, 'bench', now()),
  ($((c + 4)), $c, $o, 'DAMAGE_FREE', 99.5, 'WEEK', 'ALL', 0, null, null, null, null, current_date - 800, 'bench', now()),
  ($((c + 5)), $c, $o, 'ON_TIME_PICKUP', 97, 'WEEK', 'ALL', 60, null, null, null, null, current_date - 800, 'bench', now())
  on conflict do nothing;
SQL
chmod 644 /tmp/portal-bench-sla.sql
su postgres -c "psql -d portal -q -f /tmp/portal-bench-sla.sql"
}

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(lscpu | awk -F: '/Model name/{gsub(/^ +/,"",$2);print $2}')"
# the planner's row counts (kept by the analyses above and by autovacuum): counting 100,000,000 events took minutes,
# which put the "first minute after readiness" below minutes after it
echo "== data: about $(su postgres -c "psql -d portal -qtAc \"select reltuples::bigint from pg_class where relname = 'shipment'\"") shipments, $(su postgres -c "psql -d portal -qtAc \"select sum(greatest(c.reltuples, 0))::bigint from pg_class c where c.relkind = 'r' and (c.relname = 'tracking_event' or c.oid in (select inhrelid from pg_inherits where inhparent = 'tracking_event'::regclass))\"") events"
if want history; then
  # wrk (a C client, a small share of the two cores) gives the throughput and latency under load: the
  # request of HistoryApiBench over and over (fixed), then ten clients and six kinds of filter (mixed)
  command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
  # the first minute after readiness (issue 15, item 7: at least half the steady rate), with the fixed request (the
  # mixed ones wait on PostgreSQL more than on the compiler), then the rest of the warm-up, not counted
  # in six slices of 10 s, so that the output shows the climb (the JIT's, on two cores)
  SLICES=
  for slice in 1 2 3 4 5 6; do
    SLICES="$SLICES $(MODE=fixed wrk -t2 -c"$CLIENTS" -d10s -s bench/history.lua "http://localhost:$PORT" | tail -1 \
      | awk '{ print $7 }')"
  done
  FIRST=$(echo "$SLICES" | awk '{ s = 0; for (i = 1; i <= NF; i++) s += $i; printf "%.0f", s / NF }')
  echo "  first minute after readiness (fixed request), requests/s in slices of 10 s:$SLICES; mean $FIRST"
  MODE=mixed wrk -t2 -c"$CLIENTS" -d"$(( ${WARMUP_SECONDS:-90} > 60 ? ${WARMUP_SECONDS:-90} - 60 : 1 ))s" \
    -s bench/history.lua "http://localhost:$PORT" | tail -1 | sed 's/^/  rest of the warm-up: /'
  for mode in fixed mixed; do
    echo "history API page of 50 with a filter, wrk -t2 -c$CLIENTS -d${SECONDS_}s, $mode requests:"
    MODE=$mode wrk -t2 -c"$CLIENTS" -d"${SECONDS_}s" -s bench/history.lua "http://localhost:$PORT" | tail -1
  done
  # the baseline (issue 15, item 9): bench/baseline/HistoryBaseline.java, a bare JAX-RS resource on the same server
  # running the same keyset query over JDBC, asked the fixed request seconds after the portal was
  CP_FILE=target/bench-classpath.txt
  [ -f "$CP_FILE" ] || mvn -q -o dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
  rm -rf target/bench-baseline && mkdir -p target/bench-baseline/WEB-INF/classes
  javac -d target/bench-baseline/WEB-INF/classes -cp "$(cat "$CP_FILE")" bench/baseline/HistoryBaseline.java
  # a bean archive, as the portal is (the server turns implicit ones off): its resource is a CDI bean that gets its
  # data source injected
  echo '<beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.1" bean-discovery-mode="all"/>' \
    > target/bench-baseline/WEB-INF/beans.xml
  (cd target/bench-baseline && jar cf ../baseline.war WEB-INF)
  cp target/baseline.war $WLP/usr/servers/defaultServer/dropins/
  until curl -sf -o /dev/null "http://localhost:$PORT/baseline/shipments?limit=1"; do sleep 1; done
  MODE=fixed BASE_PATH=/baseline/shipments wrk -t2 -c"$CLIENTS" -d"${WARMUP_SECONDS:-90}s" -s bench/history.lua \
    "http://localhost:$PORT" | tail -1 | sed 's/^/  baseline warm-up: /'
  STEADY=
  for round in 1 2; do # portal, baseline, portal, baseline: each ratio from neighbours seconds apart
    P=$(MODE=fixed wrk -t2 -c"$CLIENTS" -d"${SECONDS_}s" -s bench/history.lua "http://localhost:$PORT" | tail -1)
    B=$(MODE=fixed BASE_PATH=/baseline/shipments wrk -t2 -c"$CLIENTS" -d"${SECONDS_}s" -s bench/history.lua \
      "http://localhost:$PORT" | tail -1)
    echo "history API fixed request, round $round: portal $P; baseline $B; ratio $(awk -v p="$P" -v b="$B" \
      'BEGIN { split(p, x, " "); split(b, y, " "); printf "%.2f", x[7] / y[7] }')"
    STEADY="$STEADY $(awk -v p="$P" 'BEGIN { split(p, x, " "); print x[7] }')"
  done
  # steady: the portal's best round above, minutes after the start
  echo "first minute / steady (fixed request): $(echo "$STEADY" | awk -v f="$FIRST" \
    '{ best = 0; for (i = 1; i <= NF; i++) if ($i + 0 > best) best = $i + 0; printf "%.2f", f / best }') (target: at least 0.5)"
  rm -f $WLP/usr/servers/defaultServer/dropins/baseline.war
  # the JDK client: the same figure from 32 Java threads on the same two cores (for comparison with earlier runs),
  # then the first page against the 10,000th, one request at a time
  java bench/HistoryApiBench.java $BASE "$KEY" "$CLIENTS" "$SECONDS_"
fi
if want portal; then
  settle
  java bench/PortalTableBench.java $BASE bench.user bench-password-2026 200 200 "${PORTAL_PAGES:-shipments.xhtml}"
fi
# the export of every shipment (1,000,000 rows) while sampling the server's heap
PID=$(pgrep -f "$PWD/$WLP/bin/tools/ws-javaagent.jar" | head -1 || true) # this worktree's server, not another helper's
if want export; then
SAMPLER=
if [ -n "$PID" ]; then (while sleep 0.5; do jstat -gc "$PID" | tail -1; done > /tmp/export-jstat.log) & SAMPLER=$!; fi
curl -s -o /tmp/export.csv -w "export: HTTP %{http_code}, %{size_download} bytes in %{time_total} s\n" \
  -H "Authorization: Bearer $IKEY" $BASE/api/v1/shipments/export.csv
[ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null || true
echo "export rows: $(($(wc -l < /tmp/export.csv) - 1)); old generation (KB) during the export, min/max:"
awk '{print $8}' /tmp/export-jstat.log | sort -n | sed -n '1p;$p'
fi

# the ingestion and import benchmarks too start on a settled server: a scheduled job's first run (the relationship
# recomputation reads every client's events) would otherwise share the cores with whichever of them it meets
if want ingest || want import || want webhooks; then settle; fi
if want ingest; then
  # one client sending batch after batch, then INGEST_CLIENTS at once; the JDBC baseline with as many connections
  for c in 1 ${INGEST_CLIENTS:-4}; do
    java -cp "$(ls $LIB/postgresql-*.jar)" bench/IngestBench.java $BASE "$KEY" \
      jdbc:postgresql://localhost:5432/portal portal bench-db-password-2026 900000002 "$BATCHES" "$c" 30
  done
fi

# webhooks: a receiver on the loopback subscribed to client 2's status changes; ingestion flat out without and with
# the subscriber, then WEBHOOK_RATE status changes a second for WEBHOOK_SECONDS, commit to delivery measured
if want webhooks; then
  java bench/WebhookBench.java $BASE "$KEY" 900000002 "${WEBHOOK_RATE:-1000}" "${WEBHOOK_SECONDS:-300}"
fi

# bulk CSV import (COPY through a staging table): IMPORT_ROWS new shipments, then 5 events for each of a fifth of them
IMPORT_ROWS=${IMPORT_ROWS:-1000000}
# IMP<run>-n shipments with five events each (AF X6 A9 X1 D1) for a fifth of them
import_files() { # rows run
  awk -v n="$1" -v run="$2" 'BEGIN {
    print "reference,origin,destination,transport_mode,service_level,pickup_from,pickup_to,delivery_from,delivery_to,ordered_quantity,weight_kg";
    for (i = 1; i <= n; i++) printf "IMP%s-%d,Shanghai,Hamburg %d,SEA,STANDARD,2026-10-%02dT08:00:00Z,2026-10-%02dT10:00:00Z,2026-11-%02dT08:00:00Z,2026-11-%02dT12:00:00Z,%d,%d.5\n",
      run, i, i % 50, i % 28 + 1, i % 28 + 1, i % 28 + 1, i % 28 + 1, i % 90 + 1, i % 900 + 10 }' > /tmp/import-shipments.csv
  awk -v n="$(($1 / 5))" -v run="$2" 'BEGIN {
    print "shipment_reference,event_id,source_system,status_code,reason_code,occurred_at,zone,location";
    split("AF X6 A9 X1 D1", codes, " ");
    for (i = 1; i <= n; i++) for (e = 1; e <= 5; e++)
      printf "IMP%s-%d,imp%s-%d-%d,TMS,%s,,2026-11-%02dT%02d:00:00Z,Europe/Berlin,Hamburg\n", run, i, run, i, e, codes[e], i % 20 + 1, e * 3 }' > /tmp/import-events.csv
}
import_file() { # kind file label
  echo "import $3: $(($(wc -l < "$2") - 1)) lines, $(du -h "$2" | cut -f1)"
  curl -s -o /tmp/import-$1.json -w "  HTTP %{http_code} in %{time_total} s\n" -H "Authorization: Bearer $KEY" \
    -H "Content-Type: text/csv" --data-binary @"$2" $BASE/api/v1/imports/$1 | tee /tmp/import-$1.time
  head -c 300 /tmp/import-$1.json; echo
}
if want import; then
  # a warm-up import of a tenth as many lines first (not counted: the server compiles the import's code meanwhile)
  import_files $((IMPORT_ROWS / 10)) "W$(date +%s)"
  for kind in shipments events; do curl -s -o /dev/null -H "Authorization: Bearer $KEY" -H "Content-Type: text/csv" \
    --data-binary @/tmp/import-$kind.csv $BASE/api/v1/imports/$kind; done
  import_files "$IMPORT_ROWS" "$(date +%s)"
  import_file shipments /tmp/import-shipments.csv "shipments (new)"
  # the import's baseline (issue 15, item 9): the same rows by a raw COPY into the shipment table (its indexes and
  # constraints unchanged), every column the import derives (id, number, lane, status, times) already in the file
  awk -v n="$IMPORT_ROWS" -v run="$(date +%s)" 'BEGIN { for (i = 1; i <= n; i++)
    printf "8%09d,900000002,CPY%s-%d,CPY%s-%d,Shanghai,Hamburg %d,Shanghai → Hamburg %d,SEA,STANDARD,2026-10-%02dT08:00:00Z,2026-10-%02dT10:00:00Z,2026-11-%02dT08:00:00Z,2026-11-%02dT12:00:00Z,%d,%d.5,BOOKED,false,2026-12-01T00:00:00Z,2026-12-01T00:00:00Z,0\n",
      i, run, i, run, i, i % 50, i % 50, i % 28 + 1, i % 28 + 1, i % 28 + 1, i % 28 + 1, i % 90 + 1, i % 900 + 10 }' > /tmp/copy-shipments.csv
  chmod 644 /tmp/copy-shipments.csv
  # (\copy reads to the end of its line: one line)
  echo "\\copy shipment (id, organisation_id, client_reference, shipment_number, origin, destination, lane, transport_mode, service_level, pickup_from, pickup_to, delivery_from, delivery_to, ordered_quantity, weight_kg, status, has_exception, created_at, updated_at, version) from '/tmp/copy-shipments.csv' with (format csv)" > /tmp/copy-shipments.sql
  chmod 644 /tmp/copy-shipments.sql
  COPY_FROM=$(date +%s.%N)
  su postgres -c "psql -d portal -q -v ON_ERROR_STOP=1 -f /tmp/copy-shipments.sql"
  COPY_SECONDS=$(awk -v a="$COPY_FROM" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  IMPORT_SECONDS=$(grep -o 'in [0-9.]* s' /tmp/import-shipments.time 2>/dev/null | awk '{print $2}')
  echo "  baseline: COPY of the same $IMPORT_ROWS rows in $COPY_SECONDS s; import/COPY rate ratio $(awk -v c="$COPY_SECONDS" -v i="$IMPORT_SECONDS" 'BEGIN { if (i > 0) printf "%.2f", c / i; else print "?" }')"
  su postgres -c "psql -d portal -q -c \"delete from shipment where id > 8000000000 and id <= $((8000000000 + IMPORT_ROWS))\""
  import_file events /tmp/import-events.csv "events (of the shipments just imported)"
  # events for shipments that already have a history: ten for each of client 2's 100,000 benchmark shipments
  awk -v run="$(date +%s)" 'BEGIN { print "shipment_reference,event_id,source_system,status_code,occurred_at";
    for (i = 0; i < 1000000; i++) { n = 1 + 10 * (i % 100000); printf "BR-%d,late%s-%d,TMS,X6,2025-12-%02dT10:00:00Z\n", n, run, i, 1 + i % 28 } }' > /tmp/import-late.csv
  import_file events /tmp/import-late.csv "events (for shipments with ~10 events each, dated inside their history)"
  awk -v run="$(date +%s)" -v day="$(date -u -d yesterday +%Y-%m-%d)" 'BEGIN { print "shipment_reference,event_id,source_system,status_code,occurred_at";
    for (i = 0; i < 1000000; i++) { n = 1 + 10 * (i % 100000); printf "BR-%d,next%s-%d,TMS,AG,%sT%02d:%02d:00Z\n", n, run, i, day, i % 24, i % 60 } }' > /tmp/import-next.csv
  import_file events /tmp/import-next.csv "events (for shipments with ~20 events each, dated yesterday: later than most of their history)"
fi

# Excel and PDF exports of every shipment, with the server's old generation sampled as for the CSV
want xlsx && for fmt in xlsx pdf; do
  SAMPLER=
  if [ -n "$PID" ]; then (while sleep 0.5; do jstat -gc "$PID" | tail -1; done > /tmp/export-$fmt-jstat.log) & SAMPLER=$!; fi
  curl -s -o /tmp/export.$fmt -w "export $fmt: HTTP %{http_code}, %{size_download} bytes in %{time_total} s\n" \
    -H "Authorization: Bearer $IKEY" $BASE/api/v1/shipments/export.$fmt
  [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null || true
  echo "  old generation (KB) during the $fmt export, min/max: $(awk '{print $8}' /tmp/export-$fmt-jstat.log | sort -n | sed -n '1p;$p' | tr '\n' ' ')"
done

# the service-level dashboard of benchmark client 2: a contract with five terms, the roll-ups rebuilt, then the dashboard timed
if want sla; then
sla_terms
java bench/SlaDashboardBench.java $BASE "$KEY" "$IKEY" 900000002 200
fi

# disputes: 100,000 over the ten benchmark clients (client 2 has the contract made above; the others get one too), then the lists timed
if want disputes; then
settle
cat > /tmp/portal-bench-disputes.sql <<SQL
insert into client_contract (id, organisation_id, contract_number, start_date, end_date, services, monthly_fee, currency, version)
  select 990000300 + g, 900000000 + g, 'C-BENCH-D' || g, current_date - 800, null, 'TRANSPORT', 40000, 'EUR', 0
  from generate_series(1, 10) g where g <> 2 on conflict do nothing;
insert into dispute_procedure (id, contract_id, organisation_id, kinds, filing_window_days, acknowledge_days, resolve_days,
  business_days, reopen_window_days, effective_from, recorded_by, recorded_at)
  select 990000400 + g, case when g = 2 then 990000200 else 990000300 + g end, 900000000 + g,
         'BILLING,DELAY_OR_SLA,LOSS_OR_DAMAGE,SERVICE_COMPLAINT', 270, 30, 120, false, 30, current_date - 800, 'bench', now()
  from generate_series(1, 10) g on conflict do nothing;
insert into dispute_ladder_level (procedure_id, position, level_name, time_limit_days)
  select 990000400 + g, p, (array['Operations contacts','Account management','Executives','Mediation','Arbitration'])[p + 1],
         (array[14, 14, 21, 30, 0])[p + 1]
  from generate_series(1, 10) g, generate_series(0, 4) p on conflict do nothing;
insert into dispute (id, claim_number, organisation_id, procedure_id, kind, amount_claimed, currency, description, state,
  ladder_level, level_since, filed_on, acknowledge_by, resolve_by, version)
  select 7000000000 + i, 'CL-B-' || i, 900000001 + i % 10, 990000401 + i % 10,
         (array['BILLING','DELAY_OR_SLA','LOSS_OR_DAMAGE','SERVICE_COMPLAINT'])[1 + i % 4], 50 + i % 5000, 'EUR', 'Benchmark dispute ' || i,
         (array['FILED','ACKNOWLEDGED','UNDER_INVESTIGATION','NEGOTIATION','SETTLED','REJECTED','CLOSED','WITHDRAWN'])[1 + i % 8],
         i % 3, current_date - i % 400, current_date - i % 400, current_date - i % 400 + 30, current_date - i % 400 + 120, 0
  from generate_series(1, 100000) i on conflict do nothing;
analyze dispute;
SQL
chmod 644 /tmp/portal-bench-disputes.sql
su postgres -c "psql -d portal -q -f /tmp/portal-bench-disputes.sql"
KEY2_DISPUTES="$KEY"
java bench/DisputeQueueBench.java $BASE "$KEY2_DISPUTES" "$IKEY" 200
# the account manager's queue in the portal (the first page of 25, open disputes by deadline), for a manager of all ten clients
cat > /tmp/portal-bench-manager.sql <<SQL
insert into user_account (id, username, display_name, email, role, organisation_id, password_hash, password_change_required,
  enabled, created_at, version) values (990000101, 'bench.manager', 'Bench manager', 'bench.manager@example.com', 'ACCOUNT_MANAGER', null,
  '$HASH', false, true, now(), 0) on conflict (id) do update set password_hash = excluded.password_hash;
insert into account_assignment (id, manager_id, organisation_id, assigned_at)
  select 990000110 + g, 990000101, 900000000 + g, now() from generate_series(1, 10) g on conflict do nothing;
delete from login_throttle;
SQL
chmod 644 /tmp/portal-bench-manager.sql
su postgres -c "psql -d portal -q -f /tmp/portal-bench-manager.sql"
java bench/PortalTableBench.java $BASE bench.manager bench-password-2026 200 50 disputes.xhtml CL-B-
fi

# relationship: every client's profile, segment, lifetime value, stage and tier recomputed on demand (3PL key), three times
if want relationship; then
settle
for i in 1 2 3; do
  echo "relationship recompute, all clients: $(curl -s -X POST -H "Authorization: Bearer $IKEY" $BASE/api/v1/relationship/recompute)"
done
fi

# leave the benchmark data as it was: remove what the import added (the exports above include it)
su postgres -c "psql -d portal -q -c \"delete from tracking_event where organisation_id = 900000002 and (sender_event_id like 'imp%' or sender_event_id like 'late%' or sender_event_id like 'next%' or source_system in ('BENCH-API', 'BENCH-JDBC'))\" \
  -c \"delete from tracking_event_sender where organisation_id = 900000002 and (sender_event_id like 'imp%' or sender_event_id like 'late%' or sender_event_id like 'next%' or source_system in ('BENCH-API', 'BENCH-JDBC'))\" \
  -c \"delete from shipment where organisation_id = 900000002 and client_reference like 'IMP%'\" -f bench/restore.sql \
  -c 'vacuum analyze shipment' -c 'vacuum analyze tracking_event'"

# the home page against the shipment table of the same user, timed in one run, interleaved (issue 12: for a client with
# 1,000,000 shipments, home p95 at most 1.5 x the table's), for benchmark client 11 (organisation 900000011), which holds
# HOME_CLIENT_SHIPMENTS of its own: bench/generate.sql for one organisation, numbered from HOME_FIRST, the same shape as
# the shared history (10 events each by default, one in 20 delayed: on its way with an open exception, the rest
# delivered; invoices by bench/invoices.sql), made once and topped up if it has fewer. Its user is bench.home. What the
# tiles count must be there, and the last closed period of its SLA terms from the daily roll-ups, which the scheduled job
# builds: wait for a run that started after the history's last change, so that it covers all of it and does not run
# during the timing.
if want home; then
  HAVE=$(su postgres -c "psql -d portal -qtAc \"select count(*) from shipment where organisation_id = 900000011 and id > $((5000000000 + HOME_FIRST))\"")
  if [ "$HAVE" -lt "$HOME_CLIENT_SHIPMENTS" ]; then
    echo "== home: client 11 has $HAVE generated shipments, adding $((HOME_CLIENT_SHIPMENTS - HAVE)) with $HOME_EVENTS_PER events each"
    su postgres -c "psql -d portal -v orgs=1 -v org=11 -v first=$((HOME_FIRST + HAVE)) -v shipments=$((HOME_CLIENT_SHIPMENTS - HAVE)) \
      -v events_per=$HOME_EVENTS_PER -f bench/generate.sql"
    # vacuumed now rather than by autovacuum during the timing (as many rows inserted as the tables held)
    su postgres -c "psql -d portal -qc '\\timing on' -c 'vacuum (analyze) shipment, tracking_event, invoice'"
  fi
  sla_terms 11 990000500
  cat > /tmp/portal-bench-home.sql <<SQL
insert into user_account (id, username, display_name, email, role, organisation_id, password_hash, password_change_required,
  enabled, created_at, version) values (990000102, 'bench.home', 'Bench home user', 'bench.home@example.com', 'CLIENT_USER', 900000011,
  '$HASH', false, true, now(), 0) on conflict (id) do update set password_hash = excluded.password_hash;
delete from login_throttle;
SQL
  chmod 644 /tmp/portal-bench-home.sql
  su postgres -c "psql -d portal -q -f /tmp/portal-bench-home.sql"
  settle
  until [ "$(su postgres -c "psql -d portal -qtAc \"select count(*) from job_lease where name = 'kpi-rollup' and leased_until <= now()
      and watermark > (select max(updated_at) from shipment)\"")" = 1 ]; do sleep 10; done
  q() { su postgres -c "psql -d portal -qtAc \"$1\""; }
  echo "== home: client 11 (organisation 900000011) has $(q "select count(*) from shipment where organisation_id = 900000011") shipments" \
    "($(q "select count(*) from shipment where organisation_id = 900000011 and status = 'DELIVERED'") delivered," \
    "$(q "select count(*) from shipment where organisation_id = 900000011 and has_exception and status = 'DELAYED'") delayed with an open exception)," \
    "$(q "select count(*) from tracking_event where organisation_id = 900000011") events," \
    "$(q "select count(*) from invoice where organisation_id = 900000011") invoices," \
    "$(q "select count(*) from kpi_daily where organisation_id = 900000011") roll-up rows;" \
    "all clients: $(q "select count(*) from shipment") shipments"
  java bench/PortalTableBench.java $BASE bench.home bench-password-2026 200 100 shipments.xhtml,index.xhtml BR-,tileOnTheWay
fi

# the benchmark server is the default server on PostgreSQL: stop it, so that nothing is left running (KEEP_SERVER=1 keeps it)
[ -n "${KEEP_SERVER:-}" ] || $WLP/bin/server stop defaultServer >/dev/null 2>&1 || true
