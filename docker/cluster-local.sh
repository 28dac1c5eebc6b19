#!/usr/bin/env bash
# A local cluster on this machine: PostgreSQL, two application nodes that share sessions through
# Payara's data grid, and HAProxy in front, round robin WITHOUT sticky sessions. Budgets, the
# sign-in throttle and start-up tasks are shared through the database. Kill a node (kill -9) and
# its learners carry on on the other without signing in again.
#
#   docker/cluster-local.sh start    # after `mvn package`; prints the address (http://localhost:8080)
#   docker/cluster-local.sh status
#   docker/cluster-local.sh kill 1   # kill -9 node 1 (a crash), to watch node 2 carry on
#   docker/cluster-local.sh restart 1
#   docker/cluster-local.sh stop
#
# Needs a JDK 21+, PostgreSQL (Debian: apt-get install postgresql) and HAProxy (apt-get install
# haproxy); creating the database role uses the `postgres` operating-system account (run as root
# or with sudo rights). Everything the cluster writes goes to target/cluster/: logs, PIDs, the
# generated passwords. Ports: RA_CLUSTER_PORT (8080) for the balancer, 8081 and 8082 for the nodes.
set -euo pipefail
cd "$(dirname "$0")/.."

DIR=target/cluster
LB_PORT=${RA_CLUSTER_PORT:-8080}
NODE_PORTS=(8081 8082)
GRID_PORT=${RA_CLUSTER_GRID_PORT:-7900}
DB=ra_cluster
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
# Memory for each node: see README "Memory".
NODE_JAVA_OPTS=${RA_NODE_JAVA_OPTS:--Xms64m -Xmx640m -XX:+UseG1GC -XX:G1PeriodicGCInterval=60000 -XX:+UseStringDeduplication}

die() { echo "cluster-local: $*" >&2; exit 1; }

as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi
}


wait_ready() { # url seconds
  local url=$1 deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    [ $SECONDS -lt $deadline ] || return 1
    sleep 1
  done
}

start_db() {
  command -v pg_ctlcluster >/dev/null || die "PostgreSQL is not installed (apt-get install postgresql)"
  local cluster
  cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
  pg_ctlcluster $cluster start 2>/dev/null || true
  if [ ! -s "$DIR/db-password" ]; then
    head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$DIR/db-password"
  fi
  local password
  password=$(cat "$DIR/db-password")
  as_postgres "psql -q -v ON_ERROR_STOP=1" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB') THEN CREATE ROLE $DB LOGIN; END IF;
END \$\$;
ALTER ROLE $DB PASSWORD '$password';
SQL
  as_postgres "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = '$DB'\"" | grep -q 1 \
    || as_postgres "createdb -O $DB $DB"
}

start_node() { # n
  local n=$1 port=${NODE_PORTS[$(($1 - 1))]}
  [ -f target/rights-academy.jar ] || die "target/rights-academy.jar is missing: run 'mvn package' first"
  if [ -f "$DIR/node$n.pid" ] && kill -0 "$(cat "$DIR/node$n.pid")" 2>/dev/null; then
    echo "node $n already runs"; return
  fi
  mkdir -p "$DIR/node$n-data"
  # The data grid: the two members find each other on the loopback interface, and keep backups on
  # each other (Payara's default keeps them off members of the same host, which on one machine
  # would mean no backup at all).
  cat > "$DIR/hazelcast.xml" <<XML
<hazelcast xmlns="http://www.hazelcast.com/schema/config">
  <cluster-name>rights-academy-local</cluster-name>
  <network>
    <port auto-increment="true" port-count="10">$GRID_PORT</port>
    <interfaces enabled="true"><interface>127.0.0.1</interface></interfaces>
    <join>
      <multicast enabled="false"/>
      <tcp-ip enabled="true">
        <member>127.0.0.1:$GRID_PORT</member>
        <member>127.0.0.1:$((GRID_PORT + 1))</member>
      </tcp-ip>
    </join>
  </network>
  <partition-group enabled="false"/>
</hazelcast>
XML
  # The jar is built for one node (payaramicro.noCluster=true, pom.xml); a cluster node turns the
  # data grid back on.
  RA_DB_URL="jdbc:postgresql://localhost:5432/$DB" RA_DB_USER=$DB RA_DB_PASSWORD="$(cat "$DIR/db-password")" \
  RA_SIGNING_KEY_SECRET="$(cat "$DIR/signing-key-secret")" RA_DATA_DIR="$DIR/node$n-data" \
  RA_TRUSTED_PROXIES=127.0.0.1 RA_ADMIN_PASSWORD="$(cat "$DIR/admin-password")" \
    setsid $JAVA $NODE_JAVA_OPTS -Dpayaramicro.noCluster=false -jar target/rights-academy.jar \
      --port "$port" --sslport $((port + 1000)) --name "node$n" \
      --hzconfigfile "$DIR/hazelcast.xml" \
      > "$DIR/node$n.log" 2>&1 < /dev/null &
  echo $! > "$DIR/node$n.pid"
  echo "node $n starting on :$port (log $DIR/node$n.log)"
}

start_balancer() {
  command -v haproxy >/dev/null || die "HAProxy is not installed (apt-get install haproxy)"
  cat > "$DIR/haproxy.cfg" <<CFG
global
  maxconn 4096
defaults
  mode http
  timeout connect 5s
  timeout client 120s
  timeout server 120s
  option forwardfor
  # A request that finds its node gone is sent to the other one (safe for our idempotent saves).
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response response-timeout
frontend www
  bind 127.0.0.1:$LB_PORT
  default_backend nodes
backend nodes
  balance roundrobin
  option httpchk GET /health/ready
  http-check expect status 200
  # A node is taken out after three failed checks (a node that is gone fails at once: its requests
  # go to the other one meanwhile, see retries above); a check may take 10 s on a busy machine.
  timeout check 10s
  default-server inter 2s fall 3 rise 2
  server node1 127.0.0.1:${NODE_PORTS[0]} check
  server node2 127.0.0.1:${NODE_PORTS[1]} check
CFG
  haproxy -c -q -f "$DIR/haproxy.cfg"
  haproxy -D -f "$DIR/haproxy.cfg" -p "$DIR/haproxy.pid"
}

stop_pid() { # file
  if [ -f "$1" ]; then
    kill "$(cat "$1")" 2>/dev/null || true
    rm -f "$1"
  fi
}

case "${1:-}" in
  start)
    mkdir -p "$DIR"
    [ -s "$DIR/signing-key-secret" ] || head -c 32 /dev/urandom | base64 > "$DIR/signing-key-secret"
    [ -s "$DIR/admin-password" ] || { printf 'Adm1n-'; head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9'; } > "$DIR/admin-password"
    start_db
    start_node 1
    # The second node starts while the first migrates and loads courses: the database locks make
    # it wait for those start-up tasks instead of doing them twice.
    start_node 2
    for port in "${NODE_PORTS[@]}"; do
      wait_ready "http://127.0.0.1:$port/health/ready" 600 || die "node on :$port not ready; see $DIR/*.log"
    done
    start_balancer
    wait_ready "http://127.0.0.1:$LB_PORT/health/ready" 30 || die "balancer not answering"
    echo "Rights Academy cluster at http://localhost:$LB_PORT (admin / $(cat "$DIR/admin-password"))"
    ;;
  status)
    for n in 1 2; do
      port=${NODE_PORTS[$((n - 1))]}
      state=$(curl -fsS "http://127.0.0.1:$port/health/ready" 2>/dev/null | head -c 80 || echo down)
      echo "node $n :$port ${state:-down}"
    done
    curl -fsS -o /dev/null "http://127.0.0.1:$LB_PORT/health/ready" && echo "balancer :$LB_PORT up" || echo "balancer down"
    ;;
  kill)
    n=${2:?which node, 1 or 2}
    kill -9 "$(cat "$DIR/node$n.pid")" && rm -f "$DIR/node$n.pid" && echo "node $n killed"
    ;;
  restart)
    n=${2:?which node, 1 or 2}
    start_node "$n"
    wait_ready "http://127.0.0.1:${NODE_PORTS[$((n - 1))]}/health/ready" 600 || die "node $n not ready"
    ;;
  stop)
    stop_pid "$DIR/haproxy.pid"
    stop_pid "$DIR/node1.pid"
    stop_pid "$DIR/node2.pid"
    echo "stopped (PostgreSQL left running; database $DB kept)"
    ;;
  *)
    sed -n '2,16p' "$0"; exit 2 ;;
esac
