#!/usr/bin/env bash
# The cluster under an exam, one node killed in the middle (issue 19). On demand, never part of
# `mvn verify`:
#
#   mvn package -DskipTests
#   src/bench/cluster-exam.sh 300          # learners; RA_BENCH_KILL_AFTER=420 (seconds) by default
#   RA_BENCH_KILL_AFTER=0 src/bench/cluster-exam.sh 1000   # no kill: the exam peak on the cluster
#
# Starts the local cluster (docker/cluster-local.sh: PostgreSQL, two nodes, HAProxy round robin
# without stickiness) unless it runs, runs ExamPeakSimulation through the balancer, kills node 1
# with kill -9 RA_BENCH_KILL_AFTER seconds after the simulation starts, and then checks:
# every answer the server acknowledged is in the database, nobody was asked to sign in again, and
# the saves of the minute after the kill (latency and errors, retries counted). The figures are
# appended to target/cluster/cluster-exam.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."

LEARNERS=${1:-300}
KILL_AFTER=${RA_BENCH_KILL_AFTER:-420}
DIR=target/cluster
RUN=$DIR/exam-$LEARNERS-$(date -u +%Y%m%dT%H%M%S)
export RA_LOGIN_ATTEMPTS_PER_CLIENT_PER_MINUTE=${RA_LOGIN_ATTEMPTS_PER_CLIENT_PER_MINUTE:-1000000}

docker/cluster-local.sh status | grep -q 'node 1.*UP' || docker/cluster-local.sh start
docker/cluster-local.sh status | grep -q 'node 2.*UP' || docker/cluster-local.sh restart 2
PGPASSWORD=$(cat "$DIR/db-password")
export PGPASSWORD
psql_ra() { psql -h 127.0.0.1 -U ra_cluster -d ra_cluster -tA -F, "$@"; }

mkdir -p "$RUN"
mvn -B -o -q -Pbench test-compile gatling:test \
  -Dbench.simulation=org.rightsacademy.bench.ExamPeakSimulation -Dbench.learners="$LEARNERS" \
  -Dbench.url=http://localhost:${RA_CLUSTER_PORT:-8080} \
  -Dbench.jdbc=jdbc:postgresql://127.0.0.1:5432/ra_cluster -Dbench.jdbc.user=ra_cluster \
  -Dbench.jdbc.password="$PGPASSWORD" -Dbench.saves="$RUN/saves.csv" > "$RUN/gatling.log" 2>&1 &
GATLING=$!

# The clock starts when the simulation does (after Maven has compiled), not when Maven does.
until grep -q 'Simulation .* started' "$RUN/gatling.log" 2>/dev/null; do
  kill -0 $GATLING 2>/dev/null || { echo "the simulation ended before it started: $RUN/gatling.log" >&2; exit 1; }
  sleep 1
done
echo "simulation started; $RUN"
KILLED_MS=0
if [ "$KILL_AFTER" -gt 0 ]; then
  sleep "$KILL_AFTER"
  KILLED_MS=$(date +%s%3N)
  docker/cluster-local.sh kill 1
fi
# Resident and proportional memory of each node at the peak's end (the live ones).
wait $GATLING || true
for n in 1 2; do
  pid=$(cat "$DIR/node$n.pid" 2>/dev/null || true)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    awk -v n="$n" '/^Rss:/ {r=$2} /^Pss:/ {p=$2} END {printf "node %s at the end: RSS %d MB, PSS %d MB\n", n, r/1024, p/1024}' \
      "/proc/$pid/smaps_rollup" >> "$RUN/memory.txt"
  fi
done

# What the database holds: one line per answered question of the bench learners' final tests.
psql_ra -c "SELECT a.username, i.position FROM attempt_item i
  JOIN quiz_attempt q ON q.id = i.attempt_id JOIN account a ON a.id = q.account_id
  WHERE a.username LIKE 'bench-learner-%' AND q.quiz_id = 'final-test' AND i.response IS NOT NULL" \
  > "$RUN/stored.csv"
SUBMITTED=$(psql_ra -c "SELECT COUNT(*) FROM quiz_attempt q JOIN account a ON a.id = q.account_id
  WHERE a.username LIKE 'bench-learner-%' AND q.quiz_id = 'final-test' AND q.status = 'SUBMITTED'")

python3 - "$RUN" "$LEARNERS" "$KILLED_MS" "$SUBMITTED" <<'PY' | tee -a "$DIR/cluster-exam.txt"
import csv, sys, math
run, learners, killed, submitted = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rows = list(csv.DictReader(open(run + "/saves.csv")))
saves = [r for r in rows if r["request"].startswith("save")]
acked = {(r["learner"], r["request"].split()[1]) for r in saves if r["outcome"] == "saved"}
stored = {tuple(line.strip().split(",")) for line in open(run + "/stored.csv") if line.strip()}
# Positions in the database count from 0 or 1 as the paper does; compare as the API numbers them.
stored_api = {(u, p) for u, p in stored}
lost = acked - stored_api
def pct(values, p):
    if not values:
        return "-"
    values = sorted(values)
    return str(values[min(len(values) - 1, math.ceil(p / 100 * len(values)) - 1)])
def summary(label, tries):
    ok = [int(r["latency_ms"]) for r in tries if r["outcome"] == "saved"]
    errors = [r for r in tries if r["outcome"] == "error"]
    out = [r for r in tries if r["outcome"] == "signed-out"]
    retried = len({(r["learner"], r["request"]) for r in tries if int(r["try"]) > 1})
    statuses = {}
    for r in errors:
        statuses[r["status"]] = statuses.get(r["status"], 0) + 1
    print(f"  {label}: {len(tries)} tries, {len(ok)} acknowledged, p50/p95/p99/max "
          f"{pct(ok, 50)}/{pct(ok, 95)}/{pct(ok, 99)}/{max(ok) if ok else '-'} ms, "
          f"{len(errors)} failed tries {statuses or ''}, {retried} saves needed a retry, "
          f"{len(out)} asked to sign in again")
print(f"run {run}: {learners} learners, node 1 killed {'at ' + str(killed) if killed else 'never'}")
summary("all saves", saves)
if killed:
    summary("saves sent in the minute after the kill", [r for r in saves if killed <= int(r["sent_ms"]) < killed + 60000])
submits = [r for r in rows if r["request"] == "submit"]
summary("submits", submits)
print(f"  acknowledged answers {len(acked)}, in the database {len(stored_api)}, acknowledged but missing {len(lost)}"
      f"; attempts submitted {submitted} of {learners}")
PY
cat "$RUN/memory.txt" | tee -a "$DIR/cluster-exam.txt"
