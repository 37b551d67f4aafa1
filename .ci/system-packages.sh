#!/bin/sh
# Debian packages, installed only when missing; needs root (or sudo).
#   run:  a Chinese font for the charts (no tofu boxes)
#   test: also PostgreSQL, for the tests on a real server
set -e
need=""
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need="$need fonts-wqy-microhei"
if [ "${1:-test}" = test ]; then
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need="$need postgresql"
fi
[ -z "$need" ] && exit 0
run() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
echo "installing Debian packages:$need"
run apt-get install -y -q $need >/dev/null 2>&1 || { run apt-get update -q >/dev/null && run apt-get install -y -q $need >/dev/null; }
