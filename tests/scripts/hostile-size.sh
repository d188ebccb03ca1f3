#!/bin/sh
# Input size and memory (issue 12, defect 4). A file over the 2 GiB limit is refused before a
# byte of it is read (a sparse file: no disk used), and garbage read with a forced format
# fails at once, without copies: 80 MiB of NUL bytes, of 0xFF bytes, and a JSON string holding
# a zeroed block, read as each format (the CSV readers refuse a row over 64 MiB before libcsv
# copies it). The memory bound is an address-space limit (ulimit -v, a shell builtin, so the
# test runs the same everywhere): the read buffer and 40 MiB of margin. Under AddressSanitizer,
# which reserves terabytes of address space, the limit cannot apply and only the messages are
# checked.
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir"
fail() {
	echo "hostile-size: $*"
	[ -f err ] && tail -5 err
	exit 1
}
limited=1
case "$BIN" in */build/san/*) limited=0 ;; esac
# Exit code of BIN under an address-space limit of $1 MiB.
run() {
	mib=$1
	shift
	rc=0
	if [ $limited = 1 ]; then
		(ulimit -v $((mib * 1024)) && exec timeout 60 "$BIN" "$@") >out 2>err || rc=$?
	else
		timeout 60 "$BIN" "$@" >out 2>err || rc=$?
	fi
}

# Over the limit: refused from its size, in 64 MiB of address space.
truncate -s 2049M big.json
run 64 coverage --input-format facebook-graph big.json
[ $rc = 1 ] || fail "a 2049 MiB file: exit $rc, expected 1"
grep -q "^replycov: big.json: error: cannot read: 2148532224 bytes (2.0 GiB), over the limit of 2147483648 bytes (2 GiB) for one input file: split the export$" err ||
	fail "a 2049 MiB file was not refused by its size"
rm big.json

size=80
head -c $((size * 1024 * 1024)) /dev/zero >zero.bin
tr '\000' '\377' <zero.bin >ff.bin
{
	printf '{"data":[{"id":"1_2","created_time":"2026-03-02T08:00:00+0000","message":"'
	cat zero.bin
	printf '"}]}'
} >string.json
for f in facebook-graph facebook-conversations instagram-graph messenger-dyi youtube-api youtube-downloader \
	twitter-v2 mastodon bluesky reddit csv twcs; do
	bound=$((size + 40))
	for g in zero.bin ff.bin; do
		run $bound dump --input-format $f $g
		[ $rc = 1 ] || fail "$g read as $f: exit $rc, expected 1 (over $bound MiB of address space?)"
		grep -q "^replycov: read " err || fail "$g read as $f: no accounting line"
	done
done
run $((size + 40)) dump --input-format facebook-graph zero.bin
grep -q "^replycov: zero.bin:1:1: error: not JSON: NUL bytes where the JSON should start" err ||
	fail "NUL bytes read as JSON: not said at 1:1"
# A zeroed block inside a JSON string: one U+FFFD, the message kept.
run $((size + 40)) dump --input-format facebook-graph string.json
grep -q "83886080 NUL characters (raw or \\\\u0000) replaced by U+FFFD" err || fail "the zeroed block was not reported"
grep -q '"�"' out || { head -c 300 out; fail "the zeroed block is not one U+FFFD in the message"; }
# The CSV readers: a row of 80 MiB refused as such, before it is copied.
run $((size + 40)) dump --input-format csv ff.bin
grep -q "^replycov: ff.bin:1: error: CSV row of more than 64 MiB: not read" err || fail "the 80 MiB CSV row was not refused"
exit 0
