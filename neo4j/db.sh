#!/usr/bin/env bash
# Builds, starts and stops the embedded Neo4j launcher, so nobody has to think about it.
#   bash neo4j/db.sh build|start|stop|status
#   bash neo4j/db.sh admin <neo4j-admin arguments>   (e.g. database import full ..., on the stopped store)
# Settings (environment): NEO4J_BOLT_PORT (7687), NEO4J_HOME (.neo4j/<port>), NEO4J_PASSWORD,
# NEO4J_PAGECACHE (512m), NEO4J_HEAP (2g), NEO4J_START_TIMEOUT seconds (180).
# The pid file and log live in NEO4J_HOME, so instances on different ports never collide.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
LAUNCHER_DIR="$ROOT/neo4j"
JAR="$LAUNCHER_DIR/target/neo4j-launcher-1.0.0.jar"
PORT=${NEO4J_BOLT_PORT:-7687}
export NEO4J_BOLT_PORT=$PORT
export NEO4J_HOME=${NEO4J_HOME:-$ROOT/.neo4j/$PORT}
PID_FILE="$NEO4J_HOME/launcher.pid"
LOG_FILE="$NEO4J_HOME/launcher.log"
HEAP=${NEO4J_HEAP:-2g}
TIMEOUT=${NEO4J_START_TIMEOUT:-180}

# Flags of the stock server config, plus the opens that APOC's own tests use.
JVM_FLAGS=(
  "-Xms$HEAP" "-Xmx$HEAP" -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  -Dio.netty.tryReflectionSetAccessible=true -Djdk.nio.maxCachedBufferSize=1024
)

running_pid() {
  [ -f "$PID_FILE" ] || return 1
  local pid state=''
  pid=$(cat "$PID_FILE")
  kill -0 "$pid" 2>/dev/null || return 1
  # A Neo4j killed with kill -9 stays a zombie until its parent (often init) reaps it, and kill -0 still
  # succeeds on a zombie: it is not running, and a start must not answer "already running".
  [ -r "/proc/$pid/stat" ] && state=$(sed 's/^.*) //' "/proc/$pid/stat" | cut -c1)
  [ "$state" = Z ] && return 1
  echo "$pid"
}

build() {
  # Rebuild only when the launcher's sources changed since the last build.
  if [ -f "$JAR" ] && [ -z "$(find "$LAUNCHER_DIR/pom.xml" "$LAUNCHER_DIR/src" -newer "$JAR" -print -quit)" ]; then
    echo "neo4j launcher: up to date ($JAR)"
    return
  fi
  echo "neo4j launcher: building with Maven (first time downloads Neo4j and APOC from Maven Central)"
  # clean: a version change must not leave old plugin jars beside the new ones.
  mvn -q -B -f "$LAUNCHER_DIR/pom.xml" clean package -DskipTests
}

start() {
  if pid=$(running_pid); then
    echo "neo4j: already running on bolt://127.0.0.1:$PORT (pid $pid)"
    return
  fi
  build
  mkdir -p "$NEO4J_HOME"
  echo "neo4j: starting on bolt://127.0.0.1:$PORT (home $NEO4J_HOME, log $LOG_FILE)"
  local started=$SECONDS
  nohup java "${JVM_FLAGS[@]}" -jar "$JAR" >"$LOG_FILE" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" >"$PID_FILE"
  while (( SECONDS - started < TIMEOUT )); do
    if grep -q '^READY' "$LOG_FILE"; then
      echo "neo4j: $(grep '^READY' "$LOG_FILE" | tail -n 1)"
      return
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      echo "neo4j: the launcher exited before it was ready:" >&2
      grep -E '^ERROR' "$LOG_FILE" >&2 || tail -n 20 "$LOG_FILE" >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "neo4j: not ready after ${TIMEOUT}s; see $LOG_FILE and $NEO4J_HOME/logs/debug.log" >&2
  stop
  exit 1
}

stop() {
  local pid
  if ! pid=$(running_pid); then
    echo "neo4j: not running on port $PORT"
    rm -f "$PID_FILE"
    return
  fi
  kill -TERM "$pid"
  for _ in $(seq 1 120); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$PID_FILE"; echo "neo4j: stopped (pid $pid)"; return; }
    sleep 0.5
  done
  echo "neo4j: did not stop within 60 s of SIGTERM; killing pid $pid" >&2
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
}

status() {
  if pid=$(running_pid); then echo "neo4j: running on bolt://127.0.0.1:$PORT (pid $pid)"; else echo "neo4j: not running on port $PORT"; exit 1; fi
}

# neo4j-admin from the launcher's own Maven-built classpath (its lib/ holds neo4j-import-tool and
# neo4j-command-line), on the store in NEO4J_HOME; refused while this store's Neo4j runs.
admin() {
  if pid=$(running_pid); then
    echo "neo4j: running on bolt://127.0.0.1:$PORT (pid $pid); stop it first (npm run db:stop)" >&2
    exit 3
  fi
  build
  mkdir -p "$NEO4J_HOME"
  exec java "-Xmx${NEO4J_ADMIN_HEAP:-1g}" -cp "$LAUNCHER_DIR/target/lib/*" org.neo4j.cli.AdminTool "$@"
}

case "${1:-}" in
  build) build ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  admin) shift; admin "$@" ;;
  *) echo "usage: $0 build|start|stop|status|admin <neo4j-admin arguments>" >&2; exit 2 ;;
esac
