#!/bin/sh
# A report folder carries its manifest: `verify` recomputes it and finds it identical, and
# names the input when one byte of it changed.
set -eu
cd "$ROOT"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cp -r samples/facebook "$dir/in"
export REPLYCOV_GNUPLOT=/nonexistent
"$BIN" report --format md,csv -o "$dir/rep" "$dir/in" >/dev/null 2>&1 || true
[ -s "$dir/rep/manifest.json" ] || { echo "report-verify: no manifest.json"; exit 1; }
"$BIN" verify "$dir/rep" "$dir/in" >"$dir/out" 2>&1 || { echo "report-verify: a fresh report does not verify"; cat "$dir/out"; exit 1; }
grep -q "matches" "$dir/out" || { echo "report-verify: no 'matches'"; cat "$dir/out"; exit 1; }
# One byte of one input changed: verify says which input differs, and exits 1.
f="$dir/in/post-eures-2026-03.json"
sed 's/Jornada EURES/Jornada EUREZ/' "$f" >"$f.new" && mv "$f.new" "$f"
set +e
"$BIN" verify "$dir/rep" "$dir/in" >"$dir/out" 2>&1
rc=$?
set -e
[ $rc = 1 ] || { echo "report-verify: exit $rc after a changed input, expected 1"; cat "$dir/out"; exit 1; }
grep -q "post-eures-2026-03.json" "$dir/out" || { echo "report-verify: the changed input is not named"; cat "$dir/out"; exit 1; }
