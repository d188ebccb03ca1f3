#!/bin/sh
# replycov verify explains what differs (issue 13, item 5), on a report made here from a copy of
# the samples, with its charts drawn (gnuplot is needed):
# - a fresh report matches, and verify prints one line: no summary of the recomputed report,
#   no "Open ..." nor any path into its temporary folder (which it deletes);
# - inputs moved and renamed, given by another folder or by absolute paths, are found by their
#   SHA-256, each note saying which path matched, and the report still matches;
# - an edited PNG is named with the byte offset and its bytes in hexadecimal, never raw;
# - an edited long CSV line shows both versions around the change, which differ where it is;
# - an escape byte written into report.md is shown escaped;
# - a file added to the report folder is named.
set -eu
unset REPLYCOV_GNUPLOT
if ! command -v gnuplot >/dev/null 2>&1; then
	echo "verify-explains: gnuplot is needed (sh scripts/install-deps.sh installs gnuplot-nox)"
	exit 1
fi
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cp -r "$ROOT/samples" "$d/samples"
cd "$d"
fail() {
	echo "verify-explains: $1"
	cat out err 2>/dev/null
	exit 1
}
# verify, with the exit code it must give
verify() {
	want=$1
	shift
	set +e
	"$BIN" verify "$@" >out 2>err
	rc=$?
	set -e
	[ $rc = "$want" ] || fail "verify $* gives exit $rc, not $want"
}
# nothing a terminal acts on: printable ASCII, newlines and UTF-8 only (the ellipsis)
no_control() {
	! LC_ALL=C grep -q "$(printf '[\001-\011\013-\037\177]')" "$1" || fail "$1 holds a control byte"
}
S="--schedule samples/schedule-valencia-2026.txt --official 104520000000001"
# shellcheck disable=SC2086
"$BIN" report $S -o rep samples/facebook samples/private/messages.csv >/dev/null 2>&1 || fail "report failed"
ls rep/charts/*.png >/dev/null 2>&1 || fail "no PNG chart was drawn"

verify 0 rep samples/facebook samples/private/messages.csv
[ "$(wc -l <out)" = 1 ] || fail "verify printed more than its verdict"
grep -q '^rep: matches: recomputed from 5 inputs with the manifest'"'"'s options; the [0-9]* files its manifest lists and manifest.json are identical byte for byte$' out ||
	fail "no 'matches' line"
! grep -q 'replycov-verify\|Open \|written to' out err || fail "verify shows the recomputed report's summary or its temporary folder"

# moved and renamed: the Facebook exports into another folder, one under another name
mkdir -p archive/2026
mv samples/facebook archive/2026/fb-march
mv archive/2026/fb-march/post-eures-2026-03.json archive/2026/eures.json
verify 0 rep archive/2026 samples/private/messages.csv
grep -q '^rep: matches: recomputed from 5 inputs (4 found under other paths) ' out || fail "moved inputs do not match"
grep -qF "note: input 'samples/facebook/post-eures-2026-03.json' of the report was found as 'archive/2026/eures.json' (the same SHA-256)" err ||
	fail "the note does not say which path matched the renamed input"
grep -qF "note: input 'samples/facebook/post-ayudas-2026-03.json' of the report was found as 'archive/2026/fb-march/post-ayudas-2026-03.json'" err ||
	fail "the note does not say which path matched a moved input"
! grep -q 'replycov-verify' out err || fail "verify shows its temporary folder"
# by absolute paths, as files
verify 0 rep "$d"/archive/2026/*.json "$d"/archive/2026/fb-march/*.json "$d/samples/private/messages.csv"
grep -q '^rep: matches: recomputed from 5 inputs (5 found under other paths) ' out || fail "inputs given by absolute paths do not match"
# one moved input changed: named by the manifest's path, no file given has its hash
cp archive/2026/eures.json saved
printf ' ' >>archive/2026/eures.json
verify 1 rep archive/2026 samples/private/messages.csv
grep -q "^rep: DIFFERS: input 'samples/facebook/post-eures-2026-03.json' is in the manifest but not among the inputs given: no file given has its SHA-256 " out ||
	fail "a changed moved input is not named"
mv saved archive/2026/eures.json
mv archive/2026/eures.json archive/2026/fb-march/post-eures-2026-03.json
mv archive/2026/fb-march samples/facebook
verify 0 rep samples/facebook samples/private/messages.csv

# an edited PNG: the byte offset, the sizes and bytes in hexadecimal
png=$(ls rep/charts/*.png | head -1)
cp "$png" saved
size=$(wc -c <"$png")
off=$((size / 2))
printf '\033' | dd of="$png" bs=1 seek=$off conv=notrunc 2>/dev/null
cmp -s saved "$png" && { printf '\001' | dd of="$png" bs=1 seek=$off conv=notrunc 2>/dev/null; }
first=$(cmp -l saved "$png" | awk 'NR == 1 { print $1 }')
verify 1 rep samples/facebook samples/private/messages.csv
no_control out
grep -qF "rep: DIFFERS: '$png' differs from the recomputed one at byte offset $((first - 1)) (a binary file: its bytes are shown in hexadecimal)" out ||
	fail "the edited PNG is not named with its byte offset"
grep -q "^  report:     $size bytes; at offset $((first - 1)): \(1b\|01\)\( [0-9a-f][0-9a-f]\)*$" out || fail "the edited PNG's bytes are not shown in hexadecimal"
grep -q "^  recomputed: $size bytes; at offset $((first - 1)): [0-9a-f][0-9a-f]" out || fail "the recomputed PNG's bytes are not shown"
grep -q 'changed after it was written' out || fail "the PNG's hash in the manifest was not checked"
mv saved "$png"

# an edited long CSV line: one byte 150 bytes into line 2 of comments.csv becomes '#'
csv=rep/data/comments.csv
cp $csv saved
off=$(($(head -n 1 $csv | wc -c) + 150))
printf '#' | dd of=$csv bs=1 seek=$off conv=notrunc 2>/dev/null
cmp -s saved $csv && fail "the test did not change the CSV"
verify 1 rep samples/facebook samples/private/messages.csv
no_control out
grep -q "^rep: DIFFERS: 'rep/data/comments.csv' differs from the recomputed one at line 2: first at column [0-9]* (byte offset $off)$" out ||
	fail "the edited CSV line is not named with its line, column and byte offset"
rline=$(sed -n 's/^  report:     //p' out)
cline=$(sed -n 's/^  recomputed: //p' out)
[ -n "$rline" ] && [ -n "$cline" ] || fail "both versions are not shown"
[ "$rline" != "$cline" ] || fail "both versions of the line look the same"
case "$rline" in "…\""*"#"*"\"…") ;; *) fail "the report's version is not shown around the change" ;; esac
case "$cline" in *"#"*) fail "the recomputed version holds the edit" ;; esac
grep -q '^ *\^$' out || fail "no caret under the difference"
mv saved $csv

# an escape byte in report.md: shown escaped
cp rep/report.md saved
printf '\033[2J' | dd of=rep/report.md bs=1 seek=2 conv=notrunc 2>/dev/null
verify 1 rep samples/facebook samples/private/messages.csv
no_control out
grep -qF '\x1b[2J' out || fail "the escape byte is not shown escaped"
mv saved rep/report.md

# a file added to the report folder
printf 'notes\n' >rep/charts/notes.txt
verify 1 rep samples/facebook samples/private/messages.csv
grep -qF "rep: DIFFERS: 'rep/charts/notes.txt' is in the report folder but not in its manifest: it is not part of this report" out ||
	fail "the added file is not named"
rm rep/charts/notes.txt
verify 0 rep samples/facebook samples/private/messages.csv
echo "verify-explains: ok"
