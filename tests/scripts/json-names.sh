#!/bin/sh
# File names that are not UTF-8 (issue 12, defect 7): an input saved under a Latin-1 name
# ("caf\xe9.csv"), a schedule under another and a citizen named in Latin-1 on the command line
# give JSON that is valid UTF-8 (coverage --format json, manifest.json), the exact bytes in
# "<field>_hex", and a report folder that verifies. A manifest whose hex does not match its
# name is refused. Checked with iconv (UTF-8) and python3's strict JSON parser.
set -eu
export LC_ALL=C
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
fail() {
	echo "json-names: $1"
	exit 1
}
utf8() {
	iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1 || fail "$1 is not valid UTF-8"
	python3 -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8", errors="strict"))' "$1" ||
		fail "$1 is not JSON a strict parser accepts"
}
command -v python3 >/dev/null 2>&1 || fail "python3 is needed (sh scripts/install-deps.sh installs it)"
latin=$(printf 'caf\351.csv')
sched=$(printf 'horari\351.txt')
who=$(printf 'Ana Gil\351')
{
	echo 'thread,id,parent_id,author_id,author,created_at,text,platform,channel'
	echo "p1,p1,,org,Servei d'Ocupació,2026-02-02T09:00:00+01:00,Obrim inscripcions,facebook,public"
	echo 'p1,c1,p1,u1,Ana Gil,2026-02-02T09:10:00+01:00,La web no funciona?,facebook,public'
	echo "p1,r1,c1,org,Servei d'Ocupació,2026-02-02T10:10:00+01:00,Ja funciona,facebook,public"
	echo 'p1,c2,p1,u2,Pau Roig,2026-02-03T09:10:00+01:00,On és el formulari?,facebook,public'
} >"$latin"
cp "$ROOT/samples/schedule-valencia-2026.txt" "$sched"
cp "$ROOT/samples/holidays-valencia-2026.ics" .
fffd=$(printf '\357\277\275')

"$BIN" coverage --format json --official org "$latin" >cov.json 2>/dev/null
utf8 cov.json
grep -qF "{\"file\":\"caf${fffd}.csv\",\"file_hex\":\"636166e92e637376\"," cov.json ||
	fail "coverage: no \"file\" with U+FFFD and \"file_hex\" for the Latin-1 input"
grep -qF "\"source\":\"caf${fffd}.csv:3\",\"source_hex\":\"636166e92e6373763a33\"" cov.json ||
	fail "coverage: no \"source_hex\" for a comment of the Latin-1 input"
# the hex gives the name back, byte for byte
hex=$(sed -n 's/.*"file_hex":"\([0-9a-f]*\)".*/\1/p' cov.json | head -1)
[ "$(printf '%s' "$latin" | od -An -tx1 | tr -d ' \n')" = "$hex" ] || fail "file_hex is not the name's bytes"

"$BIN" report --official org --schedule "$sched" -o rep "$latin" >/dev/null 2>&1 || fail "report failed"
utf8 rep/manifest.json
grep -qF "{\"path\":\"caf${fffd}.csv\",\"path_hex\":\"636166e92e637376\"," rep/manifest.json ||
	fail "manifest: no \"path_hex\" for the Latin-1 input"
grep -qF "[\"--schedule\",\"horari${fffd}.txt\",\"686f72617269e92e747874\"]" rep/manifest.json ||
	fail "manifest: the --schedule value has no hex element"
"$BIN" verify rep "$latin" >out 2>/dev/null || fail "a report made from a Latin-1 input does not verify"
grep -q '^rep: matches: ' out || fail "no 'matches' line"

"$BIN" user "$who" --official org -o sheet "$latin" >/dev/null 2>&1 || fail "user failed"
utf8 sheet/manifest.json
grep -qF "\"arguments\": [\"Ana Gil${fffd}\"]," sheet/manifest.json || fail "manifest: the argument is not repaired"
grep -qF '"arguments_hex": ["416e612047696ce9"],' sheet/manifest.json || fail "manifest: no arguments_hex"
"$BIN" verify sheet "$latin" >out 2>/dev/null || fail "a sheet asked with a Latin-1 name does not verify"

# A hand-edited manifest: hex naming another Latin-1 file is followed: no file of that name is
# given, but caf\xe9.csv holds its bytes (the same SHA-256), so it is found there, said in a
# note with both names escaped, and recomputed under the name the manifest gives; an input by
# that name with other bytes is reported. Hex that is not the name written next to it is
# refused.
cp rep/manifest.json saved
sed 's/"path_hex":"636166e92e637376"/"path_hex":"636166e82e637376"/' saved >rep/manifest.json
set +e
"$BIN" verify rep "$latin" >out 2>err
rc=$?
set -e
[ $rc = 0 ] || fail "a manifest naming caf\\xe8.csv, whose bytes caf\\xe9.csv holds, gives exit $rc, not 0"
grep -q '^rep: matches: recomputed from 1 input (found under another path) ' out ||
	fail "the input found by its SHA-256 is not said on the verdict line"
grep -qF "note: input 'caf\\xe8.csv' of the report was found as 'caf\\xe9.csv' (the same SHA-256)" err ||
	fail "the note does not say which path matched"
printf 'thread,id\n' >"$(printf 'caf\350.csv')"
set +e
"$BIN" verify rep "$latin" "$(printf 'caf\350.csv')" >out 2>err
rc=$?
set -e
[ $rc = 1 ] || fail "an input caf\\xe8.csv with other bytes gives exit $rc, not 1"
grep -qF "DIFFERS: input 'caf\\xe8.csv' is not the file the report read under that name" out ||
	fail "the input named by the edited path_hex, with other bytes, is not reported"
sed 's/"path_hex":"636166e92e637376"/"path_hex":"636166652e637376"/' saved >rep/manifest.json
set +e
"$BIN" verify rep "$latin" >out 2>err
rc=$?
set -e
[ $rc = 2 ] || fail "a manifest with a path_hex that is not its path gives exit $rc, not 2"
grep -q 'not the name it is written next to' err || fail "the wrong path_hex is not named"
echo "json-names: ok"
