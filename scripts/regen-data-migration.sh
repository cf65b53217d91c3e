#!/usr/bin/env bash
# While issue 3's schema is still moving: regenerate the uncommitted data-basis migration from
# the schema files (drop 0001 and its snapshot/journal entry, generate again).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=src/lib/server/db/migrations
rm -f "$dir"/0001_*.sql "$dir"/meta/0001_snapshot.json
node -e "
const fs=require('fs');const f='$dir/meta/_journal.json';const j=JSON.parse(fs.readFileSync(f));
j.entries=j.entries.filter(e=>e.idx<1);fs.writeFileSync(f,JSON.stringify(j,null,2));"
npx drizzle-kit generate --name data_basis 2>&1 | grep -E 'migration|Error|error' || true
