#!/bin/sh
# Playwright cannot download its own browsers here: it drives Debian's chromium.
# Installs it when missing and we are root (or have sudo); otherwise says how.
set -e
for c in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$c" ] && [ -x "$c" ]; then exit 0; fi
done
echo "Chromium not found: installing Debian's chromium package for the end-to-end tests..." >&2
if [ "$(id -u)" = "0" ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
  echo "Cannot install Chromium without root. Run: sudo apt-get install chromium  (or set CHROMIUM_PATH)" >&2
  exit 1
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
[ -x /usr/bin/chromium ] || { echo "Chromium install failed. Install it with: apt-get install chromium" >&2; exit 1; }
