#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK, on a fresh Debian machine: PDF tools (qpdf, poppler's
# pdffonts/pdftoppm), Java for the Nu HTML checker, the checker itself (vnu-jar from npm, into .tools/), and
# Chromium (headless: the search page's script runs in it).
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v qpdf >/dev/null || need_apt+=(qpdf)
command -v pdffonts >/dev/null || need_apt+=(poppler-utils)
command -v java >/dev/null || need_apt+=(default-jre-headless)
command -v chromium >/dev/null || need_apt+=(chromium)
if [ ${#need_apt[@]} -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ ! -f .tools/node_modules/vnu-jar/build/dist/vnu.jar ]; then
  mkdir -p .tools
  (cd .tools && npm install --silent --no-audit --no-fund --prefix . vnu-jar >/dev/null)
fi
echo "setup: qpdf, pdffonts, java, chromium and vnu.jar are in place" >&2
