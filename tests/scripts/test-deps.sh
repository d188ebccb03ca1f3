#!/bin/sh
# One test path on every machine: every program a test calls is installed by
# scripts/install-deps.sh (or is part of every Debian system), so no test skips part of itself
# because a tool is missing. The table below names each program and the package that brings it;
# a test script that calls a program not in the table fails this check.
set -eu
cd "$ROOT"
bad=0
deps=$(sed -n 's/^PKGS="\(.*\)"$/\1/p' scripts/install-deps.sh)
for pair in python3:python3 gnuplot:gnuplot-nox groff:groff-base openssl:openssl; do
	prog=${pair%%:*}
	pkg=${pair#*:}
	case " $deps " in *" $pkg "*) ;; *)
		echo "test-deps: tests call $prog but scripts/install-deps.sh does not install $pkg"
		bad=1
		;;
	esac
	command -v "$prog" >/dev/null 2>&1 || { echo "test-deps: $prog missing: sh scripts/install-deps.sh (as root)"; bad=1; }
done
# script(1) is in bsdutils, an essential package of every Debian system.
command -v script >/dev/null 2>&1 || { echo "test-deps: script(1) missing (bsdutils)"; bad=1; }
# No test skips part of itself for a missing program.
if grep -ln 'command -v' tests/scripts/*.sh | grep -v 'test-deps.sh' | xargs grep -n 'command -v [a-z0-9]*' |
	grep -Ev 'command -v (python3|gnuplot|groff|openssl|script) ' ; then
	echo "test-deps: a test calls a program the table above does not name"
	bad=1
fi
exit $bad
