#!/usr/bin/env bash
# Start-up against its baseline, in one run: an empty Open Liberty server with exactly the portal's features (read from
# liberty/portal.xml) and no application, then the portal's demo server (embedded H2, demo data already present),
# started in turns ROUNDS times (default 3). Each time is from `server start` to Liberty's "server is ready"
# (CWWKF0011I, written once every application has started). For the portal, its messages.log gives where the time
# goes: Liberty itself, the data source, Hibernate's persistence unit, CDI with the OpenAPI document, Faces, Flyway
# with the mapping's validation, the jobs.
# Usage (from the repository root, after `mvn package`): bash bench/startup.sh
# Ports: BENCH_HTTP_PORT (9080) and BENCH_HTTPS_PORT (9443) for both servers, one at a time.
set -euo pipefail
cd "$(dirname "$0")/.."
WLP=target/liberty/wlp
ROUNDS=${ROUNDS:-3}
PORT=${BENCH_HTTP_PORT:-9080}; SPORT=${BENCH_HTTPS_PORT:-9443}
[ -d "$WLP/usr/servers/defaultServer" ] || { echo "startup: run mvn package first" >&2; exit 1; }

# the baseline: the same <featureManager> as portal.xml, an HTTP endpoint, nothing else
BASELINE=$WLP/usr/servers/startupBaseline
rm -rf "$BASELINE"; mkdir -p "$BASELINE"
{
  echo '<server description="start-up baseline: the portal'"'"'s features, no application">'
  sed -n '/<featureManager>/,/<\/featureManager>/p' liberty/portal.xml
  echo "    <httpEndpoint id=\"defaultHttpEndpoint\" host=\"localhost\" httpPort=\"$PORT\" httpsPort=\"$SPORT\"/>"
  echo '    <keyStore id="defaultKeyStore" password="startup-baseline-keystore"/>'
  echo '    <basicRegistry/>'
  echo '</server>'
} > "$BASELINE/server.xml"

# seconds from `server start` to CWWKF0011I in the server's messages.log
timed_start() {
  local server=$1 log=$WLP/usr/servers/$1/logs/messages.log
  rm -f "$log"
  local t0; t0=$(date +%s.%N)
  HTTP_PORT=$PORT HTTPS_PORT=$SPORT $WLP/bin/server start "$server" >/dev/null
  until grep -q CWWKF0011I "$log" 2>/dev/null; do sleep 0.1; done
  local t1; t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc
}

# first start of the portal: its demo data is loaded (not measured), so that each measured start finds it present
$WLP/bin/server stop defaultServer >/dev/null 2>&1 || true
timed_start defaultServer >/dev/null
$WLP/bin/server stop defaultServer >/dev/null

# the baseline's first start resolves its features and fills its cache, as the portal's first start did
timed_start startupBaseline >/dev/null
$WLP/bin/server stop startupBaseline >/dev/null

base=(); portal=()
for i in $(seq "$ROUNDS"); do
  base+=("$(timed_start startupBaseline)"); $WLP/bin/server stop startupBaseline >/dev/null
  portal+=("$(timed_start defaultServer)")
  log=$WLP/usr/servers/defaultServer/logs/messages.log
  # the portal's phases from its log (hh:mm:ss,SSS of each marker's first line), this round; n/a if a marker is missing
  stamp() { grep -m1 "$1" "$log" | sed -E 's/^\[[^ ]+ ([0-9:]+):([0-9]{3}) .*/\1.\2/' | awk -F: '{printf "%.3f", $1*3600 + $2*60 + $3}'; }
  span() { if [ -n "$1" ] && [ -n "$2" ]; then echo "scale=1; ($2 - $1) / 1" | bc; else echo n/a; fi; }
  launched=$(stamp 'CWWKE0001I'); app=$(stamp 'CWWKZ0018I'); jpa=$(stamp 'CWWJP0053I'); hib=$(stamp 'HHH100501')
  api=$(stamp 'CWWKO1660I'); faces=$(stamp 'MyFaces Core has started'); mapped=$(stamp 'JPA mapping validated')
  started=$(stamp 'CWWKZ0001I')
  echo "round $i: portal phases (s): Liberty to the application's start $(span "$launched" "$app"), data source and" \
    "recovery $(span "$app" "$jpa"), Hibernate's persistence unit $(span "$jpa" "$hib"), CDI and the OpenAPI" \
    "document $(span "$hib" "$api"), Faces $(span "$api" "$faces"), Flyway and the mapping's validation" \
    "$(span "$faces" "$mapped"), jobs to started $(span "$mapped" "$started")"
  $WLP/bin/server stop defaultServer >/dev/null
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
mb=$(median "${base[@]}"); mp=$(median "${portal[@]}")
echo "empty Liberty, same features (s): ${base[*]}; median $mb"
echo "portal with demo data (s):        ${portal[*]}; median $mp"
echo "start-up ratio portal / baseline: $(echo "scale=2; $mp / $mb" | bc) (target: at most 1.5)"
rm -rf "$BASELINE"
