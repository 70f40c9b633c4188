#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs what is missing, builds the Neo4j launcher, starts a
# throw-away Neo4j on its own port (so a developer's demo data is never touched), runs every test, and
# stops that Neo4j whatever the outcome.
set -euo pipefail
cd "$(dirname "$0")/.."

[ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund
[ web/node_modules/.package-lock.json -nt web/package-lock.json ] || npm --prefix web ci --no-audit --no-fund
npx tsc --noEmit -p tsconfig.json
npm run format:check --silent   # Prettier at 120 columns: .prettierrc.json
npm run lint --silent           # ESLint: eslint.config.mjs (type-aware rules, no import cycles)
npm run build --silent   # the CLI tests run the compiled loader, and the browser tests the built explorer, as users do

export NEO4J_BOLT_PORT=${TEST_NEO4J_PORT:-7688}
export NEO4J_HOME=${TEST_NEO4J_HOME:-$PWD/.neo4j/test}
export NEO4J_PAGECACHE=${NEO4J_PAGECACHE:-256m}
export NEO4J_HEAP=${NEO4J_HEAP:-1g}
bash neo4j/db.sh build

started=no
stop_db() { if [ "$started" = yes ]; then bash neo4j/db.sh stop; fi; }
trap stop_db EXIT
if ! bash neo4j/db.sh status >/dev/null 2>&1; then
  rm -rf "$NEO4J_HOME"
  bash neo4j/db.sh start
  started=yes
fi

export NEO4J_URI="bolt://127.0.0.1:$NEO4J_BOLT_PORT"
# Transaction time limits far above need: on a loaded CI machine a slow transaction is not a failure.
# (The tests of the limit itself set their own.)
export QUERY_TIMEOUT_MS=${QUERY_TIMEOUT_MS:-120000}
npx jest --runInBand "$@"
