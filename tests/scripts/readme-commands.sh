#!/bin/sh
# README.md names every command of `replycov help` (as "replycov NAME"), and README opens with
# the two commands (make demo, make check).
set -eu
cd "$ROOT"
missing=0
for c in $("$BIN" help | sed -n '/^commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }'); do
	if ! grep -q "replycov $c" README.md; then
		echo "readme-commands: README.md does not mention 'replycov $c'"
		missing=1
	fi
done
head -5 README.md | grep -q '^make demo' || { echo "readme-commands: README does not open with make demo"; missing=1; }
head -5 README.md | grep -q '^make check' || { echo "readme-commands: README does not open with make check"; missing=1; }
exit $missing
