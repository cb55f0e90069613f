#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK, on a fresh Debian machine: PDF tools (qpdf, poppler's
# pdffonts/pdftoppm), Java for the Nu HTML checker, and the checker itself (vnu-jar from npm, into .tools/);
# Chromium with playwright-core and axe-core (npm, into .tools/) for the accessibility, search and serve tests; jq for
# the workflow test.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v qpdf >/dev/null || need_apt+=(qpdf)
command -v pdffonts >/dev/null || need_apt+=(poppler-utils)
command -v java >/dev/null || need_apt+=(default-jre-headless)
# Debian's chromium; GitHub's Ubuntu runners already have Google Chrome (Ubuntu's chromium package is a snap stub).
command -v chromium >/dev/null || command -v chromium-browser >/dev/null || command -v google-chrome >/dev/null || need_apt+=(chromium)
command -v jq >/dev/null || need_apt+=(jq)           # the workflow test runs the comment step's --jq filter
command -v chattr >/dev/null || need_apt+=(e2fsprogs) # the spare tree tests make an entry immutable
command -v setfacl >/dev/null || need_apt+=(acl)     # and give a folder a default ACL
if [ ${#need_apt[@]} -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ ! -f .tools/node_modules/vnu-jar/build/dist/vnu.jar ]; then
  mkdir -p .tools
  (cd .tools && npm install --silent --no-audit --no-fund --prefix . vnu-jar >/dev/null)
fi
if [ ! -d .tools/node_modules/playwright-core ] || [ ! -f .tools/node_modules/axe-core/axe.min.js ]; then
  mkdir -p .tools
  (cd .tools && npm install --silent --no-audit --no-fund --prefix . playwright-core@1.65.1 axe-core@4.14.1 >/dev/null)
fi
echo "setup: qpdf, pdffonts, java, jq, chromium, vnu.jar, playwright-core and axe-core are in place" >&2
