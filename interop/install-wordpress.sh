#!/usr/bin/env bash
# Installs the WordPress test peer from Debian's packages (root only; nothing is started:
# the test harness runs MariaDB, php-fpm and nginx as its own processes on loopback).
set -euo pipefail
packages=(nginx php8.2-fpm php8.2 php php-mysql php-xml php-mbstring php-curl php-intl php-gd
          mariadb-server mariadb-client wordpress wordpress-l10n wordpress-theme-twentytwentythree)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "The WordPress test peer needs these Debian packages: ${missing[*]} (run as root)" >&2
  exit 1
fi
# Keep the maintainer scripts from starting the system's nginx, MariaDB and php-fpm.
printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
chmod +x /usr/sbin/policy-rc.d
trap 'rm -f /usr/sbin/policy-rc.d' EXIT
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
