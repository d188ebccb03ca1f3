#!/bin/sh
# replycov verify: a fresh report folder matches; a changed input byte, an edited sheet, a
# changed option in the manifest, another pseudonym key and a missing input are each named.
# Works on a copy of the samples: the repository's files are never changed.
set -eu
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cp -r "$ROOT/samples" "$d/samples"
cd "$d"
printf 'key one, for the test only' >key
fail() {
	echo "proof-verify: $1"
	cat "$d/out"
	exit 1
}
"$BIN" user 64431208121098331 --format md --official 104520000000001 --pseudonymize key -o rep samples/facebook samples/private 2>/dev/null
"$BIN" verify rep samples/facebook samples/private >out 2>/dev/null || fail "a fresh report does not verify"
grep -q '^rep: matches: ' out || fail "no 'matches' line"
# one byte of one input: 'S' of "Segundo" (Rubén's second day of asking) becomes 's'
cp samples/facebook/post-ayudas-2026-03.json saved
off=$(grep -b -o 'Segundo' samples/facebook/post-ayudas-2026-03.json | head -1 | cut -d: -f1)
[ -n "$off" ] || fail "no \"Segundo\" in the sample"
printf 's' | dd of=samples/facebook/post-ayudas-2026-03.json bs=1 seek="$off" conv=notrunc 2>/dev/null
cmp -s saved samples/facebook/post-ayudas-2026-03.json && fail "the test did not change the byte"
set +e
"$BIN" verify rep samples/facebook samples/private >out 2>/dev/null
rc=$?
set -e
[ $rc = 1 ] || fail "a changed input byte gives exit $rc, not 1"
grep -q "DIFFERS: input 'samples/facebook/post-ayudas-2026-03.json' changed: SHA-256 " out || fail "the changed input is not named"
mv saved samples/facebook/post-ayudas-2026-03.json
"$BIN" verify rep samples/facebook samples/private >out 2>/dev/null || fail "the restored input does not verify"
# an edited sheet: named with its first differing line
cp rep/sheet.md saved
sed 's/Needed a reply/Needed no reply/' saved >rep/sheet.md
cmp -s saved rep/sheet.md && fail "the test did not change the sheet"
set +e
"$BIN" verify rep samples/facebook samples/private >out 2>/dev/null
rc=$?
set -e
[ $rc = 1 ] || fail "an edited sheet gives exit $rc"
grep -q "DIFFERS: 'rep/sheet.md' differs from the recomputed one at line [0-9]*:" out || fail "the edited sheet is not named"
grep -q 'changed after it was written' out || fail "the hash listed in the manifest was not checked"
mv saved rep/sheet.md
# an option changed in the manifest: the recomputed sheet differs
cp rep/manifest.json saved
sed 's/\["--official","104520000000001"\]/["--official","104520000000001"],["--period","2026-04"]/' saved >rep/manifest.json
set +e
"$BIN" verify rep samples/facebook samples/private >out 2>/dev/null
rc=$?
set -e
[ $rc = 1 ] && grep -q "DIFFERS: 'rep/sheet.md' differs" out || fail "a changed option is not caught"
mv saved rep/manifest.json
# another key
printf 'key two, for the test only' >key
set +e
"$BIN" verify rep samples/facebook samples/private >out 2>/dev/null
rc=$?
set -e
[ $rc = 1 ] && grep -q "DIFFERS: the pseudonym key 'key' is not the one the report used" out || fail "another key is not caught"
printf 'key one, for the test only' >key
# an input missing
set +e
"$BIN" verify rep samples/facebook >out 2>/dev/null
rc=$?
set -e
[ $rc = 1 ] && grep -q "DIFFERS: input 'samples/private/messages.csv' is in the manifest but not among the inputs given" out ||
	fail "a missing input is not caught"
# the sheet's language is in the manifest: verify recomputes it in Valencian whatever the
# environment says
"$BIN" user 64431208121098331 --lang ca --format html --official 104520000000001 -o rep-ca samples/facebook 2>/dev/null >/dev/null
grep -q "<h1>Historial d&#39;atenció: Consol Bataller</h1>" rep-ca/sheet.html || fail "the Valencian sheet is not in Valencian"
LANG=es_ES.UTF-8 LC_ALL= "$BIN" verify rep-ca samples/facebook >out 2>/dev/null || fail "a Valencian sheet does not verify under a Spanish environment"
# not a report folder
set +e
"$BIN" verify samples samples/facebook >out 2>&1
rc=$?
set -e
[ $rc = 2 ] || fail "a folder without manifest gives exit $rc, not 2"
"$BIN" verify rep samples/facebook samples/private >out 2>/dev/null || fail "the restored report does not verify"
