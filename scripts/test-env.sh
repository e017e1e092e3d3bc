#!/usr/bin/env bash
# Prepares this machine for the test suite (README's Test: scripts/test-env.sh && mvn -B verify):
# a running MariaDB (127.0.0.1:3306, root without password) and Debian's chromium with
# chromium-driver.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

mariadb_answers() {
  mariadb -h 127.0.0.1 -P 3306 -u root -e 'SELECT 1' >/dev/null 2>&1
}

if ! mariadb_answers; then
  echo "test.sh: starting MariaDB"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  for _ in $(seq 1 60); do
    mariadb_answers && break
    sleep 1
  done
  if ! mariadb_answers; then
    echo "test.sh: MariaDB does not answer on 127.0.0.1:3306 as root without password" >&2
    exit 1
  fi
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "test.sh: installing chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
fi
