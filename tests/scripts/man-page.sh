#!/bin/sh
# man/replycov.1 names every command of `replycov help`, renders without a warning, and
# `make install` puts it in $(PREFIX)/share/man/man1.
set -eu
cd "$ROOT"
missing=0
for c in $("$BIN" help | sed -n '/^commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }'); do
	if ! grep -q "^\.SS $c\$" man/replycov.1; then
		echo "man-page: man/replycov.1 has no section for 'replycov $c' (.SS $c)"
		missing=1
	fi
done
if command -v groff >/dev/null 2>&1; then
	warn=$(groff -man -Tutf8 -ww -z man/replycov.1 2>&1 || true)
	[ -z "$warn" ] || { echo "man-page: groff warns:"; echo "$warn" | head; missing=1; }
else
	echo "man-page: groff is needed to check the page (sh scripts/install-deps.sh installs groff-base)"
	missing=1
fi
make -n install PREFIX=/opt/x 2>/dev/null | grep -q '/opt/x/share/man/man1' || { echo "man-page: make install does not install the man page"; missing=1; }
exit $missing
