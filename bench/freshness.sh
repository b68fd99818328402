#!/usr/bin/env bash
# Roll-up freshness under ingestion: the first roll-up run over the whole benchmark history, then a run
# while 1,000,000 events for client 2 are imported (~37,000/s, more than the 10,000/s of issue #4), then
# the run that takes them all in. Needs the benchmark database of bench/run.sh and `mvn package`.
# Usage: bash bench/freshness.sh (ports: BENCH_HTTP_PORT, BENCH_HTTPS_PORT as for run.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
WLP=target/liberty/wlp
PORT=${BENCH_HTTP_PORT:-9080}; SPORT=${BENCH_HTTPS_PORT:-9443}
$WLP/bin/server stop defaultServer >/dev/null 2>&1 || true
HTTP_PORT=$PORT HTTPS_PORT=$SPORT DB_KIND=postgresql DB_HOST=localhost DB_NAME=portal DB_USER=portal DB_PASSWORD=bench-db-password-2026 PORTAL_SLA_ROLLUP_MINUTES=0 PORTAL_DISPUTE_ESCALATION_MINUTES=0 $WLP/bin/server start defaultServer >/dev/null
until curl -sf http://localhost:$PORT/health/ready >/dev/null; do sleep 2; done
KEY="tpl_benchkey02_BenchmarkKeyForClientTwoNotForProduction"
IKEY="tpl_benchinteg_BenchmarkIntegrationKeyAllOrganisations0"
echo "first run (watermark empty: every shipment of every client): $(curl -s -X POST -H "Authorization: Bearer $IKEY" http://localhost:$PORT/portal/api/v1/sla/rollups/run)"
# 1,000,000 late events for client 2's shipments (10 per shipment), imported while the roll-up runs
RUN=$(date +%s)
awk -v run="$RUN" 'BEGIN { print "shipment_reference,event_id,source_system,status_code,occurred_at";
  for (i = 0; i < 1000000; i++) { n = 1 + 10 * (i % 100000); printf "BR-%d,fresh%s-%d,TMS,X6,2025-12-%02dT10:00:00Z\n", n, run, i, 1 + i % 28 } }' > /tmp/fresh-events.csv
T0=$(date +%s.%N)
curl -s -o /tmp/fresh-import.json -H "Authorization: Bearer $KEY" -H "Content-Type: text/csv" --data-binary @/tmp/fresh-events.csv \
  http://localhost:$PORT/portal/api/v1/imports/events &
IMPORT=$!
sleep 10
echo "run during the import: $(curl -s -X POST -H "Authorization: Bearer $IKEY" http://localhost:$PORT/portal/api/v1/sla/rollups/run)"
wait $IMPORT
T1=$(date +%s.%N)
echo "import: $(head -c 200 /tmp/fresh-import.json) in $(echo "$T1 - $T0" | bc) s"
echo "run after the import (every changed shipment of client 2): $(curl -s -X POST -H "Authorization: Bearer $IKEY" http://localhost:$PORT/portal/api/v1/sla/rollups/run)"
su postgres -c "psql -d portal -q -c \"delete from tracking_event where organisation_id = 900000002 and sender_event_id like 'fresh%'\" \
  -c \"delete from tracking_event_sender where organisation_id = 900000002 and sender_event_id like 'fresh%'\""

# the same for new shipments: 200,000 shipments, then 1,000,000 events for them (~37,000/s), a roll-up run during and after
awk -v n=200000 -v run="$RUN" 'BEGIN { print "reference,origin,destination,transport_mode,service_level,pickup_from,pickup_to,delivery_from,delivery_to,ordered_quantity";
  for (i = 1; i <= n; i++) printf "FR%s-%d,Shanghai,Hamburg,SEA,STANDARD,2026-10-%02dT08:00:00Z,2026-10-%02dT10:00:00Z,2026-11-%02dT08:00:00Z,2026-11-%02dT12:00:00Z,5\n",
    run, i, i % 28 + 1, i % 28 + 1, i % 20 + 1, i % 20 + 1 }' > /tmp/fresh-shipments.csv
awk -v n=200000 -v run="$RUN" 'BEGIN { print "shipment_reference,event_id,source_system,status_code,occurred_at"; split("AF X6 X1 D1 CD", c, " ");
  for (i = 1; i <= n; i++) for (e = 1; e <= 5; e++) printf "FR%s-%d,fr%s-%d-%d,TMS,%s,2026-11-%02dT%02d:00:00Z\n", run, i, run, i, e, c[e], i % 20 + 1, e * 2 }' > /tmp/fresh-new-events.csv
curl -s -o /dev/null -H "Authorization: Bearer $KEY" -H "Content-Type: text/csv" --data-binary @/tmp/fresh-shipments.csv \
  http://localhost:$PORT/portal/api/v1/imports/shipments
T0=$(date +%s.%N)
curl -s -o /tmp/fresh-import2.json -H "Authorization: Bearer $KEY" -H "Content-Type: text/csv" --data-binary @/tmp/fresh-new-events.csv \
  http://localhost:$PORT/portal/api/v1/imports/events &
IMPORT=$!
sleep 8
echo "run during the import of new shipments' events: $(curl -s -X POST -H "Authorization: Bearer $IKEY" http://localhost:$PORT/portal/api/v1/sla/rollups/run)"
wait $IMPORT
T1=$(date +%s.%N)
echo "import: $(head -c 200 /tmp/fresh-import2.json) in $(echo "$T1 - $T0" | bc) s"
echo "run after it: $(curl -s -X POST -H "Authorization: Bearer $IKEY" http://localhost:$PORT/portal/api/v1/sla/rollups/run)"
su postgres -c "psql -d portal -q -c \"delete from tracking_event where organisation_id = 900000002 and sender_event_id like 'fr%'\" \
  -c \"delete from tracking_event_sender where organisation_id = 900000002 and sender_event_id like 'fr%'\" \
  -c \"delete from kpi_daily where organisation_id = 900000002\" -c \"delete from shipment where organisation_id = 900000002 and client_reference like 'FR%'\""
$WLP/bin/server stop defaultServer >/dev/null 2>&1 || true
