#!/usr/bin/env bash
# The fail-over drill (docs/operations.md): PostgreSQL with a synchronous streaming replica, two packaged portal servers
# and HAProxy in front, all on this machine. The servers start on the previous commit's package. While integrations post
# events and dispute messages, a webhook receiver listens, a signed-in browser works and a CSV import runs, it
#   0. upgrades the servers to this commit's package, one at a time;
#   1. kills the server holding the browser's session (kill -9) in the middle of the import;
#   2. starts it again;
#   3. stops the primary database and promotes the replica;
#   4. brings the old primary back as the new primary's replica;
# then compares what was acknowledged with what the database holds. Exit status 1 on any loss, duplicate or 500.
#
#   bash ops/drill.sh             (installs HAProxy from Debian's packages if missing; builds the package if missing)
#
# DRILL_DIR (default /tmp/portal-drill) holds the clusters, the servers and the logs; it is emptied first.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
DIR=${DRILL_DIR:-/tmp/portal-drill}
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
JAR=$ROOT/target/portal-server.jar
PG1=5611 PG2=5612 A=9181 B=9182 LB=9180 RECEIVER=9190
DB_PASSWORD=drill-db-secret-2026
ACME_KEY=tpl_acmedemo01_DemoKeyForAcmeRetailReadWriteNotForProd1
BASE=http://127.0.0.1:$LB/portal
STARTED=$(date +%s)

say() { printf '%s [%4ss] %s\n' "$(date -u +%H:%M:%S)" $(($(date +%s) - STARTED)) "$*" | tee -a "$DIR/drill.log"; }
since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
sql() { "$PG_BIN/psql" -X -q -t -A -h "$DIR/pg" -p "$1" -U postgres -d "${3:-portal}" -c "$2"; }

cleanup() {
  set +e
  touch "$DIR/stop" "$DIR/stop-receiver"
  for s in a b; do [ -f "$DIR/$s.pid" ] && kill "$(cat "$DIR/$s.pid")" 2>/dev/null; done
  [ -f "$DIR/haproxy.pid" ] && kill "$(cat "$DIR/haproxy.pid")" 2>/dev/null
  [ -f "$DIR/traffic.pid" ] && kill "$(cat "$DIR/traffic.pid")" 2>/dev/null
  sleep 3
  for s in a b; do [ -f "$DIR/$s.pid" ] && kill -9 "$(cat "$DIR/$s.pid")" 2>/dev/null; done
  for d in primary replica; do [ -d "$DIR/pg/$d" ] && as_pg "$PG_BIN/pg_ctl" -D "$DIR/pg/$d" -m immediate stop >/dev/null 2>&1; done
}
trap cleanup EXIT

# --- what the drill needs --------------------------------------------------------------------------------------------
if ! command -v haproxy >/dev/null; then
  echo "installing haproxy"; apt-get install -y -q haproxy >/dev/null
fi
[ -f "$JAR" ] || mvn -q -o package -DskipTests
# the previous release, which the drill upgrades from (DRILL_FROM: any commit; built once, then kept in target/)
FROM=$(git rev-parse --short "${DRILL_FROM:-HEAD~1}")
TO=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src liberty ops/package pom.xml || echo "+changes")
FROM_JAR=$ROOT/target/drill-from-$FROM.jar
if [ ! -f "$FROM_JAR" ]; then
  echo "building the previous release $FROM"
  SRC=$ROOT/target/drill-from-src
  git worktree remove --force "$SRC" 2>/dev/null || rm -rf "$SRC"; git worktree prune
  git worktree add -q --detach "$SRC" "$FROM"
  (cd "$SRC" && mvn -q -o package -Dmaven.test.skip=true >/dev/null)
  cp "$SRC/target/portal-server.jar" "$FROM_JAR"
  git worktree remove --force "$SRC"
fi
CP_FILE=$ROOT/target/drill-classpath.txt
[ -f "$CP_FILE" ] || mvn -q -o dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
for d in "$DIR"/pg/primary "$DIR"/pg/replica; do   # a drill interrupted before
  [ -f "$d/postmaster.pid" ] && as_pg "$PG_BIN/pg_ctl" -D "$d" -m immediate stop >/dev/null 2>&1 || true
done
rm -rf "$DIR"; mkdir -p "$DIR/pg"; chmod 755 "$DIR"
[ "$(id -u)" = 0 ] && chown postgres "$DIR/pg"
: > "$DIR/drill.log"
say "drill in $DIR with $(basename "$PG_BIN/.." | tr -d .)PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}'), $(haproxy -v | head -1 | awk '{print $1, $3}')"

# --- PostgreSQL: a primary and a synchronous streaming replica ------------------------------------------------------
as_pg "$PG_BIN/initdb" -D "$DIR/pg/primary" --data-checksums --auth-local=trust --auth-host=scram-sha-256 -U postgres >/dev/null
cat >> "$DIR/pg/primary/postgresql.conf" <<EOF
port = $PG1
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DIR/pg'
wal_level = replica
max_wal_senders = 5
wal_keep_size = 512MB
hot_standby = on
max_connections = 200
shared_buffers = 128MB
EOF
as_pg "$PG_BIN/pg_ctl" -D "$DIR/pg/primary" -l "$DIR/pg/primary.log" -w start >/dev/null
sql $PG1 "create role portal login password '$DB_PASSWORD'; create role replicator replication login password 'drill-replication-2026'" postgres
sql $PG1 "create database portal owner portal" postgres
as_pg env PGPASSWORD=drill-replication-2026 "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p $PG1 -U replicator \
  -D "$DIR/pg/replica" -R -X stream --checkpoint=fast
echo "port = $PG2" >> "$DIR/pg/replica/postgresql.conf"
as_pg "$PG_BIN/pg_ctl" -D "$DIR/pg/replica" -l "$DIR/pg/replica.log" -w start >/dev/null
# a commit is acknowledged only once the replica has it: the fail-over loses no acknowledged write
sql $PG1 "alter system set synchronous_standby_names = '*'" postgres
sql $PG1 "select pg_reload_conf()" postgres >/dev/null
sleep 1
say "PostgreSQL primary on $PG1, replica on $PG2: $(sql $PG1 "select sync_state from pg_stat_replication" postgres)"

# --- two portal servers and the balancer -----------------------------------------------------------------------------
start_server() { # name port jar
  local name=$1 port=$2 jar=$3
  (
    export WLP_JAR_EXTRACT_ROOT="$DIR/$name" DB_KIND=postgresql DB_USER=portal DB_PASSWORD=$DB_PASSWORD
    export DB_URL="jdbc:postgresql://127.0.0.1:$PG1,127.0.0.1:$PG2/portal?targetServerType=primary&connectTimeout=3"
    export HTTP_PORT=$port HTTPS_PORT=$((port + 300)) KEYSTORE_PASSWORD=drill-keystore-2026
    export ltpa_keys_password=drill-ltpa-2026 PORTAL_LTPA_KEYS_FILE="$DIR/ltpa.keys"
    export PORTAL_METRICS_PASSWORD=drill-metrics-2026 PORTAL_DEMO_DATA=true PORTAL_COOKIE_SECURE=false
    export PORTAL_WEBHOOKS_HTTP_LOOPBACK=true PORTAL_WEBHOOKS_PRIVATE_TARGETS=true PORTAL_WEBHOOKS_RETRY_FIRST_SECONDS=1
    export PORTAL_SLA_ROLLUP_MINUTES=1 PORTAL_DISPUTE_ESCALATION_MINUTES=1 PORTAL_RELATIONSHIP_RECOMPUTE_MINUTES=1
    export PORTAL_HOUSEKEEPING_MINUTES=1 PORTAL_BASE_URL=$BASE
    export PORTAL_RATELIMIT_PER_MINUTE=600000 PORTAL_RATELIMIT_BURST=20000
    exec java -jar "$jar" >> "$DIR/$name.log" 2>&1
  ) &
  echo $! > "$DIR/$name.pid"
  disown
}
wait_ready() { # name port
  for _ in $(seq 1 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$2/health/ready")" = 200 ] && return 0
    sleep 0.5
  done
  say "server $1 never became ready"; tail -30 "$DIR/$1.log"; exit 1
}
start_server a $A "$FROM_JAR"; wait_ready a $A; say "server a ready on the previous release $FROM (demo data)"
start_server b $B "$FROM_JAR"; wait_ready b $B; say "server b ready on $FROM"

cat > "$DIR/haproxy.cfg" <<EOF
global
    maxconn 1000
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    retries 2
    retry-on conn-failure empty-response
    option redispatch
frontend portal
    bind 127.0.0.1:$LB
    default_backend servers
backend servers
    balance roundrobin
    cookie SRV insert indirect nocache httponly
    # started: in the balancer once the portal has started, and kept there while the database is away (the portal
    # itself then answers 503 with Retry-After); /health/ready would take every server out with the database
    option httpchk GET /health/started
    server a 127.0.0.1:$A check inter 1s fall 2 rise 2 cookie a
    server b 127.0.0.1:$B check inter 1s fall 2 rise 2 cookie b
EOF
haproxy -f "$DIR/haproxy.cfg" -D -p "$DIR/haproxy.pid"
say "HAProxy on $LB in front of a ($A) and b ($B)"

# --- what the traffic uses: shipments, a dispute and a webhook subscription of the demo client Acme ------------------
ACME=$(sql $PG1 "select id from organisation where code = 'ACME'")
sql $PG1 "select client_reference from shipment where organisation_id = $ACME order by id limit 200" > "$DIR/references.txt"
DISPUTE=$(sql $PG1 "select min(id) from dispute where organisation_id = $ACME")
curl -sf -o /dev/null -X POST "$BASE/api/v1/webhooks/subscriptions" -H "Authorization: Bearer $ACME_KEY" \
  -H 'Content-Type: application/json' -H "Idempotency-Key: drill-subscription" \
  -d "{\"organisation\":$ACME,\"url\":\"http://127.0.0.1:$RECEIVER/hooks\",\"description\":\"Drill\",
       \"eventTypes\":[\"SHIPMENT_STATUS_CHANGED\",\"DISPUTE_STEP_TAKEN\"]}"
SUBSCRIPTION=$(sql $PG1 "select id from webhook_subscription where description = 'Drill'")

: > "$DIR/failures.txt"; : > "$DIR/errors.txt"; : > "$DIR/browser.txt"
java -cp "$(cat "$CP_FILE")" ops/drill/DrillTraffic.java "$DIR" "$BASE" "$ACME_KEY" "$DISPUTE" $RECEIVER \
  acme.user demo-password-2026 > "$DIR/traffic.log" 2>&1 &
echo $! > "$DIR/traffic.pid"
for _ in $(seq 1 120); do [ -s "$DIR/session-server.txt" ] && break; sleep 0.5; done
sleep 10
say "traffic running: events, dispute messages, webhooks, a browser signed in as acme.user on server $(cat "$DIR/session-server.txt")"

# --- 0. rolling upgrade: one server at a time to this release, the traffic flowing ------------------------------------
UPGRADE_FROM=$(date +%s%3N)
for s in a b; do
  port=$([ $s = a ] && echo $A || echo $B); pid=$(cat "$DIR/$s.pid")
  kill -TERM "$pid"
  for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  start_server $s $port "$JAR"; wait_ready $s $port
  say "0. server $s stopped and started again on $TO"
done
UPGRADE_TO=$(date +%s%3N)
UPGRADE_FAILURES=$(awk -v a="$UPGRADE_FROM" -v b="$UPGRADE_TO" '$1 >= a && $1 <= b' "$DIR/failures.txt" | wc -l)
UPGRADE_BROWSER=$(awk -v a="$UPGRADE_FROM" -v b="$UPGRADE_TO" '$1 >= a && $1 <= b && $2 != "OK"' "$DIR/browser.txt" | wc -l)
say "   rolling upgrade $FROM -> $TO in $(( (UPGRADE_TO - UPGRADE_FROM) / 1000 )) s: $UPGRADE_FAILURES failed requests, $UPGRADE_BROWSER failed browser actions"

# --- 1. kill -9 the server holding the session, in the middle of an import sent to it -------------------------------
VICTIM=$(cat "$DIR/session-server.txt"); [ "$VICTIM" = a ] && SURVIVOR=b || SURVIVOR=a
VPORT=$([ "$VICTIM" = a ] && echo $A || echo $B)
{
  echo "reference,origin,destination,transport_mode,service_level,pickup_from,pickup_to,delivery_from,delivery_to,ordered_quantity"
  for i in $(seq 1 150000); do
    echo "DRILL-IMP-$i,Shanghai,Hamburg,SEA,STANDARD,2026-11-03T08:00:00Z,2026-11-03T12:00:00Z,2026-12-01T08:00:00Z,2026-12-01T17:00:00Z,$((i % 90 + 1))"
  done
} > "$DIR/import.csv"
curl -s -o "$DIR/import-1.json" -w '%{http_code}' -X POST "http://127.0.0.1:$VPORT/portal/api/v1/imports/shipments" \
  -H "Authorization: Bearer $ACME_KEY" -H 'Content-Type: text/csv' -H 'Idempotency-Key: drill-import-1' \
  --data-binary @"$DIR/import.csv" > "$DIR/import-1.status" 2>/dev/null &
IMPORT_CURL=$!
for _ in $(seq 1 100); do
  [ "$(sql $PG1 "select count(*) from shipment where client_reference like 'DRILL-IMP-%'")" -gt 0 ] && break; sleep 0.2
done
KILLED_AT=$(sql $PG1 "select now()")
kill -9 "$(cat "$DIR/$VICTIM.pid")"
wait $IMPORT_CURL || true
STORED=$(sql $PG1 "select count(*) from shipment where client_reference like 'DRILL-IMP-%'")
ANSWER=$(cat "$DIR/import-1.status"); case $ANSWER in 2*|4*) ;; *) ANSWER="no answer";; esac
say "1. killed server $VICTIM (kill -9) during the import: the import got $ANSWER, $STORED of 150000 lines were stored"
# the integration sends the file again (another Idempotency-Key: the first never got an answer); lines are upserted
curl -s -o "$DIR/import-2.json" -w '%{http_code}' -X POST "$BASE/api/v1/imports/shipments" \
  -H "Authorization: Bearer $ACME_KEY" -H 'Content-Type: text/csv' -H 'Idempotency-Key: drill-import-2' \
  --data-binary @"$DIR/import.csv" > "$DIR/import-2.status"
say "   the file sent again through the balancer: $(cat "$DIR/import-2.status") $(head -c 160 "$DIR/import-2.json")"
sleep 75
JOBS_MOVED=$(sql $PG1 "select string_agg(name, ' ' order by name) from job_lease
  where leased_until > '$KILLED_AT' and holder like '$(cat "$DIR/$SURVIVOR.pid")@%'")
say "   jobs run since on server $SURVIVOR: $JOBS_MOVED"

# --- 2. the killed server starts again -------------------------------------------------------------------------------
start_server "$VICTIM" "$VPORT" "$JAR"; wait_ready "$VICTIM" "$VPORT"
say "2. server $VICTIM started again"
sleep 10

# --- 3. fail-over of the database: the primary stops, the replica is promoted -------------------------------------
sql $PG1 "alter system reset synchronous_standby_names" postgres; sql $PG1 "select pg_reload_conf()" postgres >/dev/null
DOWN_MS=$(date +%s%3N)
as_pg "$PG_BIN/pg_ctl" -D "$DIR/pg/primary" -m fast -w stop >/dev/null
DOWN_AT=$(date +%s.%N)
say "3. primary stopped"
sleep 5
as_pg "$PG_BIN/pg_ctl" -D "$DIR/pg/replica" -w promote >/dev/null
say "   replica promoted: primary now on $PG2"
for _ in $(seq 1 240); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $ACME_KEY" "$BASE/api/v1/shipments?limit=1")" = 200 ] &&
    break
  sleep 0.25
done
BACK_MS=$(date +%s%3N)
say "   the API answers from the new primary $(since "$DOWN_AT") s after the primary stopped"
sleep 20

# --- 4. the old primary rejoins as the new primary's replica --------------------------------------------------------
as_pg "$PG_BIN/pg_rewind" -D "$DIR/pg/primary" --source-server="host=$DIR/pg port=$PG2 user=postgres dbname=postgres" >/dev/null 2>&1
as_pg touch "$DIR/pg/primary/standby.signal"
echo "primary_conninfo = 'host=127.0.0.1 port=$PG2 user=replicator password=drill-replication-2026'" |
  as_pg tee -a "$DIR/pg/primary/postgresql.auto.conf" >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$DIR/pg/primary" -l "$DIR/pg/primary.log" -w start >/dev/null
sql $PG2 "alter system set synchronous_standby_names = '*'" postgres; sql $PG2 "select pg_reload_conf()" postgres >/dev/null
sleep 2
say "4. old primary rejoined as replica of $PG2: $(sql $PG2 "select sync_state from pg_stat_replication" postgres)"
sleep 15

# --- the traffic stops; the webhooks still due are sent -------------------------------------------------------------
touch "$DIR/stop"
for _ in $(seq 1 60); do
  pending=$(sql $PG2 "select count(*) from webhook_delivery where subscription_id = $SUBSCRIPTION and state <> 'DELIVERED'")
  [ "$pending" = 0 ] && break; sleep 1
done
sleep 2; touch "$DIR/stop-receiver"; wait "$(cat "$DIR/traffic.pid")" 2>/dev/null || true
say "traffic stopped"

# --- what was acknowledged against what the database holds ----------------------------------------------------------
P=$PG2 FAILED=0
check() { # label expected actual
  if [ "$2" = "$3" ]; then say "   ok    $1: $3"; else say "   LOST  $1: expected $2, found $3"; FAILED=1; fi
}
say "checks"
sort -u "$DIR/acked-events.txt" > "$DIR/acked-events.sorted"
ACKED=$(wc -l < "$DIR/acked-events.sorted")
{
  echo "create temporary table acked (event_id varchar(100));"
  echo "\\copy acked from '$DIR/acked-events.sorted'"
  echo "select count(distinct a.event_id) from acked a join tracking_event e on e.source_system = 'DRILL' and e.sender_event_id = a.event_id;"
} | "$PG_BIN/psql" -X -q -t -A -h "$DIR/pg" -p $P -U postgres -d portal > "$DIR/events-once.txt"
check "acknowledged events stored (once each: unique per source system and event id)" "$ACKED" "$(tail -1 "$DIR/events-once.txt")"
MSGS=$(sort -u "$DIR/acked-messages.txt" | wc -l)
check "acknowledged dispute messages stored exactly once" "$MSGS" \
  "$(sql $P "select count(distinct text) from dispute_message where dispute_id = $DISPUTE and text like 'Drill message %' and
     (select count(*) from dispute_message m where m.dispute_id = $DISPUTE and m.text = dispute_message.text) = 1")"
check "import lines stored exactly once" 150000 \
  "$(sql $P "select count(distinct client_reference) from shipment where organisation_id = $ACME and client_reference like 'DRILL-IMP-%'")"
DELIVERIES=$(sql $P "select count(*) from webhook_delivery where subscription_id = $SUBSCRIPTION")
check "webhook deliveries delivered" "$DELIVERIES" \
  "$(sql $P "select count(*) from webhook_delivery where subscription_id = $SUBSCRIPTION and state = 'DELIVERED'")"
sql $P "select e.message_id from webhook_delivery d join webhook_event e on e.id = d.event_id where d.subscription_id = $SUBSCRIPTION" |
  sort > "$DIR/webhooks-sent.txt"
sort -u "$DIR/received-webhooks.txt" > "$DIR/webhooks-received.txt"
check "webhook messages received" "$DELIVERIES" "$(comm -12 "$DIR/webhooks-sent.txt" "$DIR/webhooks-received.txt" | wc -l)"
check "webhook messages received twice" 0 "$(sort "$DIR/received-webhooks.txt" | uniq -d | wc -l)"
check "answers 500" 0 "$(awk '$2 == 500 {n += $3} END {print n + 0}' "$DIR/statuses.txt")"
# an action begun while the database was away got a 503 (the page stays as it was): not a lost session
check "browser actions that lost the session or the view" 0 "$(awk -v a="$DOWN_MS" -v b="$BACK_MS" \
  '($2 == "SIGNED_OUT" || $2 == "FAILED") && ($1 < a || $1 > b)' "$DIR/browser.txt" | wc -l)"
say "   browser actions begun while the database was away (503): $(awk -v a="$DOWN_MS" -v b="$BACK_MS" \
  '$2 != "OK" && $1 >= a && $1 <= b' "$DIR/browser.txt" | wc -l)"
check "failed requests during the rolling upgrade" 0 "$UPGRADE_FAILURES"
check "failed browser actions during the rolling upgrade" 0 "$UPGRADE_BROWSER"
check "traffic errors" 0 "$(wc -l < "$DIR/errors.txt")"
say "answers: $(sort "$DIR/statuses.txt" | tr '\n' ';')"
say "browser: $(awk '{print $2}' "$DIR/browser.txt" | sort | uniq -c | tr -s ' ' | tr '\n' ';'), last on server $(cat "$DIR/session-server.txt")"
say "events acknowledged: $ACKED; dispute messages: $MSGS; webhook deliveries: $DELIVERIES; jobs after the kill: $JOBS_MOVED"
[ -n "$JOBS_MOVED" ] || { say "   LOST  no job ran after the kill"; FAILED=1; }
say "drill $([ $FAILED = 0 ] && echo passed || echo FAILED) in $(($(date +%s) - STARTED)) s"
exit $FAILED
