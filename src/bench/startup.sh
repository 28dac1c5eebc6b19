#!/usr/bin/env bash
# Cold start of target/rights-academy.jar on a fresh data folder (issue 19), on demand: the time
# from the command to /health/ready answering, and where it goes, read from the server's own log.
#
#   src/bench/startup.sh            # three starts, JVM options as the README's run command
#   RA_START_OPTS='-XX:SharedArchiveFile=...' src/bench/startup.sh 1   # other JVM options
#   RA_START_ARGS='--rootdir /tmp/ra-root' src/bench/startup.sh         # more Payara Micro options
#
# Each start gets an empty RA_DATA_DIR (so the schema is made and the courses loaded, as on a
# laptop's first run), on port 8095; figures are appended to target/bench/startup.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-3}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
OPTS=${RA_START_OPTS:--Xms64m -Xmx640m -XX:+UseG1GC -XX:G1PeriodicGCInterval=60000 -XX:+UseStringDeduplication}
OUT=target/bench
mkdir -p "$OUT"
[ -f target/rights-academy.jar ] || { echo "mvn package first" >&2; exit 1; }

# Seconds from the start to the first log line holding each marker (the log's own timestamps).
phases() { # log start-ms
  python3 - "$1" "$2" <<'PY'
import re, sys, datetime
log, start = sys.argv[1], int(sys.argv[2])
markers = [
    ("runtime unpacked, boot begins", "Payara Micro Runtime directory is located"),
    ("HTTP listeners up", "Created HTTP listener"),
    ("application deployment begins (CDI, EJB)", "Portable JNDI names for EJB"),
    ("schema checked (Flyway)", "Database schema at version"),
    ("courses loaded", "Course packages in"),
    ("Faces initialised", "Initializing Mojarra"),
    ("application deployed", "was successfully deployed in"),
    ("Payara Micro ready", "ready in"),
]
seen, last = {}, None
for line in open(log, errors="replace"):
    m = re.match(r"\[(\d{4}-\d\d-\d\dT[\d:.]+)\+0000\]", line)
    if m:
        stamp = datetime.datetime.fromisoformat(m.group(1)).replace(tzinfo=datetime.timezone.utc)
        last = stamp
    for name, text in markers:
        if name not in seen and last and text in line:
            seen[name] = last
for name, _ in markers:
    if name in seen:
        print(f"    {(seen[name].timestamp() * 1000 - start) / 1000:6.1f} s  {name}")
PY
}

for run in $(seq 1 "$RUNS"); do
  DATA=$(mktemp -d /tmp/ra-start-XXXX)
  LOG="$DATA/server.log"
  START=$(date +%s%3N)
  RA_DATA_DIR="$DATA" RA_ADMIN_PASSWORD='start-up bench password' \
    setsid $JAVA $OPTS -jar target/rights-academy.jar --port 8095 --sslport 9095 ${RA_START_ARGS:-} > "$LOG" 2>&1 < /dev/null &
  PID=$!
  until curl -fsS -o /dev/null http://localhost:8095/health/ready 2>/dev/null; do
    kill -0 $PID 2>/dev/null || { echo "the server died: $LOG" >&2; exit 1; }
    sleep 0.2
  done
  READY=$(date +%s%3N)
  curl -fsS -o /dev/null http://localhost:8095/
  FIRST=$(date +%s%3N)
  {
    echo "$(date -u +%FT%TZ) start $run: ready after $(( (READY - START) ))ms, home page after $(( (FIRST - START) ))ms; load average $(cut -d' ' -f1-3 /proc/loadavg); options: $OPTS ${RA_START_ARGS:-}"
    phases "$LOG" "$START"
  } | tee -a "$OUT/startup.txt"
  kill $PID; wait $PID 2>/dev/null || true
  rm -rf "$DATA"
done
