#!/bin/sh
# The server the Playwright tests run against: a production build on a fresh
# database with known accounts. Steps run one after another because PGlite
# allows one process per data directory.
set -e
export NEXT_TELEMETRY_DISABLED=1
PORT="${PORT:-3300}"
if [ -z "${DATABASE_URL:-}" ]; then
  export PGLITE_DIR="${PGLITE_DIR:-.data/e2e}"
  rm -rf "$PGLITE_DIR" "$PGLITE_DIR.lock"
fi
node scripts/ensure-env.mjs
# What a first start does (content, and in demo mode the demo accounts and class), before the
# test accounts exist (the demo accounts are made only on a database with no users yet).
npx tsx --conditions=react-server scripts/seed-demo.ts
npx tsx --conditions=react-server scripts/user-create.ts --if-missing --role instructor --name "Irene Instructor" --email e2e-instructor@example.test --password "e2e-instructor-pass"
npx tsx --conditions=react-server scripts/user-create.ts --if-missing --role instructor --name "Otto Other" --email e2e-other-instructor@example.test --password "e2e-other-pass"
npx tsx --conditions=react-server scripts/user-create.ts --if-missing --role student --name "Stella Student" --email e2e-student@example.test --password "e2e-student-pass"
node scripts/build-worker.mjs
npx next build
exec node scripts/serve.mjs -H 127.0.0.1 -p "$PORT"
