#!/usr/bin/env bash
# Installs Debian's Chromium for the checkout browser test (test/e2e) when it is missing.
# The test drives /usr/bin/chromium through playwright-core; no browser is downloaded any other way.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-chromium: /usr/bin/chromium is missing; run as root: apt-get update && apt-get install -y chromium" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
test -x /usr/bin/chromium
echo "install-chromium: installed $(/usr/bin/chromium --version 2>/dev/null | head -n1)"
