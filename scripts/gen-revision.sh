#!/bin/sh
# Writes the source revision (git describe --always --dirty, or "unknown" outside a git
# checkout) into the header named by $1, as REPLYCOV_REVISION. The file is rewritten only when
# the revision changes, so make rebuilds what includes it after a commit and nothing otherwise.
set -eu
out=$1
rev=$(git describe --always --dirty 2>/dev/null || echo unknown)
# Only characters that are safe inside a C string literal.
rev=$(printf '%s' "$rev" | tr -cd 'A-Za-z0-9._+-')
[ -n "$rev" ] || rev=unknown
new="#define REPLYCOV_REVISION \"$rev\""
if [ -f "$out" ] && [ "$(cat "$out")" = "$new" ]; then
	exit 0
fi
printf '%s\n' "$new" >"$out.tmp"
mv "$out.tmp" "$out"
