#!/usr/bin/env bash
# The exam peak on the local cluster, on one node with PostgreSQL, or on one node with its embedded
# H2 file as a workshop laptop runs it, with a node killed in the middle if asked (issue 19). On
# demand, never part of `mvn verify`; needs `mvn package` first, and PostgreSQL + HAProxy installed
# (see docker/cluster-local.sh) for the first two.
#
#   src/bench/exam-bench.sh cluster 300 420   # 300 learners through the balancer, node 1 killed
#                                             # with kill -9 420 s after the simulation starts
#   src/bench/exam-bench.sh cluster 1000      # the exam peak on the cluster, nobody killed
#   src/bench/exam-bench.sh single 1000       # the same on one node (its own database)
#   src/bench/exam-bench.sh h2 1000           # one node on its embedded H2 file (size sampled)
#   RA_BENCH_IDLE=600 src/bench/exam-bench.sh single 1000   # memory again after 10 idle minutes
#   RA_BENCH_OPTS='-Dbench.ramp=240' ...        # more simulation settings (ExamPeakSimulation)
#
# Runs ExamPeakSimulation (sign in, start the ICRMW final test, 12 answers after 30-90 s of thought
# each, submit; a failed save is tried again after 1-3 s), then checks: every answer the server
# acknowledged is in the database, nobody was asked to sign in again, and the saves of the minute
# after a kill (latency, failed tries, retries). Each node's RSS and PSS, and its Java heap
# committed and used, are read at the end of the run (and after RA_BENCH_IDLE seconds); in h2 mode
# the H2 file's size every 10 s goes to the run's h2-size.txt. Figures are appended to
# target/bench/exam-bench.txt, every try of every save to the run's saves.csv.
set -euo pipefail
cd "$(dirname "$0")/../.."

MODE=${1:?cluster, single or h2}
LEARNERS=${2:-300}
KILL_AFTER=${3:-0}
IDLE=${RA_BENCH_IDLE:-0}
OUT=target/bench
RUN=$OUT/exam-$MODE-$LEARNERS-$(date -u +%Y%m%dT%H%M%S)
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
export RA_LOGIN_ATTEMPTS_PER_CLIENT_PER_MINUTE=${RA_LOGIN_ATTEMPTS_PER_CLIENT_PER_MINUTE:-1000000}
mkdir -p "$RUN"

# One node of the jar on port 8090, with the environment given (NAME=value ...); waits until ready.
start_node() {
  PORT=8090
  URL=http://localhost:$PORT
  env "$@" setsid $JAVA -Xms64m -Xmx640m -XX:+UseG1GC -XX:G1PeriodicGCInterval=60000 \
    -XX:+UseStringDeduplication -jar target/rights-academy.jar --port $PORT --sslport 9090 \
    > "$RUN/node.log" 2>&1 < /dev/null &
  echo $! > "$OUT/single.pid"
  PIDS=("$OUT/single.pid")
  until curl -fsS -o /dev/null "$URL/health/ready" 2>/dev/null; do
    kill -0 "$(cat "$OUT/single.pid")" || { echo "the node died: $RUN/node.log" >&2; exit 1; }
    sleep 1
  done
}

case "$MODE" in
  cluster)
    status=$(docker/cluster-local.sh status)
    grep -q '^node 1 .*UP' <<< "$status" || docker/cluster-local.sh start
    grep -q '^node 2 .*UP' <<< "$status" || docker/cluster-local.sh restart 2
    DB=ra_cluster
    URL=http://localhost:${RA_CLUSTER_PORT:-8080}
    PIDS=(target/cluster/node1.pid target/cluster/node2.pid)
    ;;
  single)
    # One node of the same jar on a database of its own, with the cluster's role and settings.
    [ -s target/cluster/db-password ] || { echo "start the local cluster once first (it makes the database role)" >&2; exit 1; }
    DB=ra_single
    su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = '$DB'\"" | grep -q 1 \
      || su postgres -c "createdb -O ra_cluster $DB"
    mkdir -p "$OUT/single-data"
    start_node RA_DB_URL="jdbc:postgresql://localhost:5432/$DB" RA_DB_USER=ra_cluster \
      RA_DB_PASSWORD="$(cat target/cluster/db-password)" \
      RA_SIGNING_KEY_SECRET="$(cat target/cluster/signing-key-secret)" RA_DATA_DIR="$OUT/single-data"
    ;;
  h2)
    # One node on a fresh embedded H2 file (the default database, here opened with AUTO_SERVER so
    # that the simulation can write its learners into it and the checks read it back).
    H2_DIR=$(realpath -m "$OUT/h2-data")
    rm -rf "$H2_DIR" && mkdir -p "$H2_DIR"
    H2_URL="jdbc:h2:file:$H2_DIR/rights-academy;AUTO_SERVER=TRUE"
    start_node RA_DB_URL="$H2_URL" RA_DATA_DIR="$H2_DIR"
    node=$(cat "$OUT/single.pid")
    while kill -0 "$node" 2>/dev/null; do
      echo "$(date -u +%T) $(stat -c %s "$H2_DIR/rights-academy.mv.db")" >> "$RUN/h2-size.txt"
      sleep 10
    done &
    ;;
  *) echo "cluster, single or h2" >&2; exit 2 ;;
esac

# The database as the simulation and the checks reach it; query SQL prints rows as a,b lines.
if [ "$MODE" = h2 ]; then
  JDBC=(-Dbench.jdbc="$H2_URL")
  H2_JAR=~/.m2/repository/com/h2database/h2/$(sed -n 's:.*<h2.version>\(.*\)</h2.version>.*:\1:p' pom.xml | head -1)
  query() {
    rm -f "$RUN/query.csv"
    "$JAVA" -cp "$H2_JAR"/h2-*.jar org.h2.tools.Shell -url "$H2_URL" -user sa -sql \
      "CALL CSVWRITE('$(realpath -m "$RUN/query.csv")', '${1//\'/\'\'}', 'writeColumnHeader=false')" > /dev/null
    tr -d '"' < "$RUN/query.csv"
  }
else
  PGPASSWORD=$(cat target/cluster/db-password)
  export PGPASSWORD
  JDBC=(-Dbench.jdbc="jdbc:postgresql://127.0.0.1:5432/$DB" -Dbench.jdbc.user=ra_cluster -Dbench.jdbc.password="$PGPASSWORD")
  query() { psql -h 127.0.0.1 -U ra_cluster -d "$DB" -tA -F, -c "$1"; }
fi

mvn -B -o -q -Pbench test-compile gatling:test \
  -Dbench.simulation=org.rightsacademy.bench.ExamPeakSimulation -Dbench.learners="$LEARNERS" \
  -Dbench.url="$URL" "${JDBC[@]}" -Dbench.saves="$RUN/saves.csv" ${RA_BENCH_OPTS:-} > "$RUN/gatling.log" 2>&1 &
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

memory() { # when
  for file in "${PIDS[@]}"; do
    pid=$(cat "$file" 2>/dev/null || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      awk -v n="$(basename "$file" .pid)" -v when="$1" \
        '/^Rss:/ {r=$2} /^Pss:/ {p=$2} END {printf "  %s %s: RSS %d MB, PSS %d MB\n", n, when, r/1024, p/1024}' \
        "/proc/$pid/smaps_rollup"
      # The Java heap inside that: committed (held from the system) and used (live data and garbage
      # not yet collected), so a node that keeps its memory shows whether the heap is still in use.
      "${JAVA_HOME:+$JAVA_HOME/bin/}jcmd" "$pid" GC.heap_info 2>/dev/null \
        | sed -nE 's/.* committed ([0-9]+)K, used ([0-9]+)K.*/\1 \2/p' | head -1 \
        | awk '{printf "    heap committed %d MB, used %d MB\n", $1/1024, $2/1024}'
    fi
  done >> "$RUN/memory.txt"
}
wait $GATLING || true
memory "at the end of the peak"

# What the database holds: one line per answered question of the bench learners' final tests.
query "SELECT a.username, i.position FROM attempt_item i
  JOIN quiz_attempt q ON q.id = i.attempt_id JOIN account a ON a.id = q.account_id
  WHERE a.username LIKE 'bench-learner-%' AND q.quiz_id = 'final-test' AND i.response IS NOT NULL" \
  > "$RUN/stored.csv"
SUBMITTED=$(query "SELECT COUNT(*) FROM quiz_attempt q JOIN account a ON a.id = q.account_id
  WHERE a.username LIKE 'bench-learner-%' AND q.quiz_id = 'final-test' AND q.status = 'SUBMITTED'")

if [ "$IDLE" -gt 0 ]; then
  sleep "$IDLE"
  memory "after $((IDLE / 60)) idle minutes"
fi
if [ "$MODE" != cluster ]; then
  kill "$(cat "$OUT/single.pid")" && rm -f "$OUT/single.pid"
fi

{
  echo "$(date -u +%FT%TZ) $MODE, $LEARNERS learners, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; $RUN"
  python3 src/bench/exam-figures.py "$RUN" "$LEARNERS" "$KILLED_MS" "$SUBMITTED"
  cat "$RUN/memory.txt"
  if [ -s "$RUN/h2-size.txt" ]; then
    sort -k2 -n "$RUN/h2-size.txt" | tail -1 | awk '{printf "  H2 file: largest %d MB (at %s)", $2/1048576, $1}'
    tail -1 "$RUN/h2-size.txt" | awk '{printf ", last %d MB\n", $2/1048576}'
  fi
} | tee -a "$OUT/exam-bench.txt"
