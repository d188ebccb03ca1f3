#!/bin/sh
# Installs the Debian packages replycov needs to build, test and draw charts.
# As root it runs apt-get (only for what is missing); otherwise it prints the command.
# Idempotent: when everything is present it checks with dpkg and exits in well under a second.
#   sh scripts/install-deps.sh          what building, the demo and `make check` need (python3,
#                                       python3-openpyxl, groff-base, openssl: the tests' parsers
#                                       and cross-checks)
#   sh scripts/install-deps.sh --test   also valgrind (make valgrind) and clang with its fuzzing
#                                       runtime (make fuzz), as CI runs them
set -eu

# libxlsxwriter's pkg-config file links -lz, but libxlsxwriter-dev does not pull zlib1g-dev in.
PKGS="gcc make pkg-config libcjson-dev libcsv-dev libutf8proc-dev libexpat1-dev libssl-dev libxlsxwriter-dev zlib1g-dev tzdata gnuplot-nox python3 python3-openpyxl groff-base openssl"

[ "${1:-}" = "--test" ] && PKGS="$PKGS valgrind clang libclang-rt-14-dev"

missing=""
for p in $PKGS; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing="$missing $p"
	fi
done

if [ -z "$missing" ]; then
	exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
	echo "replycov needs these Debian packages:$missing" >&2
	echo "run as root:  apt-get install -y$missing" >&2
	exit 1
fi

echo "installing:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y --no-install-recommends $missing >/dev/null; then
	apt-get update >/dev/null
	apt-get install -y --no-install-recommends $missing >/dev/null
fi
