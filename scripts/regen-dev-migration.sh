#!/usr/bin/env bash
# Development only: regenerates the one migration that has not landed yet (NAME) from every
# schema file, under a lock so that several people editing schema files do not collide.
# Landed migrations are immutable: this never touches a migration that is committed.
set -euo pipefail
NAME="${1:?usage: regen-dev-migration.sh <name>}"
cd "$(dirname "$0")/../server"
exec 9>/tmp/meridian-migration.lock
flock 9
landed=$(git ls-tree --name-only HEAD src/db/migrations/ | grep -c '\.sql$' || true)
for f in src/db/migrations/*.sql; do
  n=$((10#$(basename "$f" | cut -c1-4)))
  if [ "$n" -ge "$landed" ]; then
    rm -f "$f" "src/db/migrations/meta/$(basename "$f" | cut -c1-4)_snapshot.json"
  fi
done
node -e '
const fs = require("fs"); const p = "src/db/migrations/meta/_journal.json";
const j = JSON.parse(fs.readFileSync(p, "utf8")); j.entries = j.entries.slice(0, Number(process.argv[1]));
fs.writeFileSync(p, JSON.stringify(j, null, 2) + "\n");' "$landed"
npx drizzle-kit generate --name "$NAME" >/dev/null
ls src/db/migrations/*.sql | tail -1
