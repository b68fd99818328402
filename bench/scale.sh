#!/usr/bin/env bash
# The history at two sizes in one run (issue 15, item 8): bench/run.sh's history API, portal pages (the shipment table
# and one shipment's page with its timeline), the 3PL-wide CSV export, ingestion and the SLA roll-up on SMALL shipments
# (default 1,000,000, i.e. 10,000,000 events), then the same after the history has grown to LARGE shipments (default
# 10,000,000, i.e. 100,000,000 events; about 35 GB more on disk). The server is restarted between the two, as run.sh
# does. Ten client organisations in both, so each client's own history grows tenfold too.
# Usage (from the repository root, as root, after `mvn package`): bash bench/scale.sh 2>&1 | tee /tmp/scale.log
set -euo pipefail
cd "$(dirname "$0")/.."
SMALL=${SMALL:-1000000}; LARGE=${LARGE:-10000000}
export ONLY="history portal export ingest sla" PORTAL_PAGES="shipments.xhtml,shipment.xhtml?id=5000000001"
export WARMUP_SECONDS=${WARMUP_SECONDS:-90}
pg_ctlcluster 15 main start 2>/dev/null || true
# the shared history's shipments, below the home client's own (numbered from run.sh's HOME_FIRST)
HOME_FIRST=$(sed -n 's/^HOME_FIRST=\([0-9]*\).*/\1/p' bench/run.sh)
HAVE=$(su postgres -c "psql -d portal -qtAc \"select count(*) from shipment where id > 5000000000 and id <= $((5000000000 + HOME_FIRST))\"" \
  2>/dev/null || echo 0)
if [ "${HAVE:-0}" -gt "$SMALL" ]; then
  echo "the database portal already holds $HAVE benchmark shipments, more than SMALL ($SMALL): drop it first" >&2
  exit 1
fi
echo "=== scale: $SMALL shipments"
SHIPMENTS=$SMALL bash bench/run.sh
echo "=== scale: $LARGE shipments"
SHIPMENTS=$LARGE bash bench/run.sh
echo "=== scale: $(su postgres -c "psql -d portal -qtAc \"select pg_size_pretty(pg_database_size('portal'))\"") on disk"
