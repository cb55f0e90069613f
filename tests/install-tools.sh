#!/usr/bin/env bash
# Installs the tools the test suite needs and that NuGet cannot give: the Nu HTML Checker
# (vnu-jar from npm, run on Java). The tests fail, not skip, when these are missing, so CI
# calls this script before `dotnet test`. It installs into .tools/ at the repository root,
# a folder that ignores itself in git.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tools="$root/.tools"
version=26.9.27

mkdir -p "$tools"
printf '*\n' > "$tools/.gitignore"

if ! command -v java >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "install-tools: installing a Java runtime (apt)" >&2
    apt-get update -qq && apt-get install -y -qq default-jre-headless >/dev/null
  else
    echo "install-tools: java is missing; install a Java runtime (11 or newer)" >&2
    exit 1
  fi
fi

jar="$tools/node_modules/vnu-jar/build/dist/vnu.jar"
if [ ! -f "$jar" ] || ! grep -q "\"version\": \"$version\"" "$tools/node_modules/vnu-jar/package.json" 2>/dev/null; then
  echo "install-tools: installing vnu-jar $version (npm)" >&2
  npm install --prefix "$tools" --no-audit --no-fund --silent "vnu-jar@$version"
fi
test -f "$jar"
echo "install-tools: vnu.jar at $jar" >&2
