#!/usr/bin/env bash
# Accepts snapshot changes: moves every *.received.* file under tests/ over its *.verified.* twin.
# Look at the test's diff first. To accept a whole tree at once, deletions included, run instead:
#   ACCEPT_SNAPSHOTS=1 dotnet test --filter Snapshot
set -euo pipefail
cd "$(dirname "$0")"
count=0
while IFS= read -r -d '' received; do
  mv -f "$received" "${received/.received./.verified.}"
  count=$((count + 1))
done < <(find . -name '*.received.*' -print0)
echo "accepted $count snapshot file(s)"
