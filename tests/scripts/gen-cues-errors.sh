#!/bin/sh
# scripts/gen-cues.awk refuses malformed cue lines with FILE:LINE and the reason, and
# accepts the project's own lists.
set -u
cd "$ROOT"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
awk -f scripts/gen-cues.awk data/cues/*.tsv >/dev/null || { echo "gen-cues: the project's lists fail"; exit 1; }
printf '# comment\ngracias\t1\tthanks\tes\nmal\tx\tcriticism\tes\nbien\t1\tpraise\tes\nok\t1\tother\tfr\nsolo dos\tcampos\ngracias\t1\tthanks\tes\n' >"$tmp/bad.tsv"
if awk -f scripts/gen-cues.awk "$tmp/bad.tsv" >/dev/null 2>"$tmp/err"; then
	echo "gen-cues: a bad file was accepted"
	exit 1
fi
for want in "bad.tsv:3: weight 'x' is not a number" "bad.tsv:4: unknown kind 'praise'" "bad.tsv:5: unknown language 'fr'" \
	"bad.tsv:6: expected 4 tab-separated fields" "bad.tsv:7: duplicate of line 2"; do
	grep -q "$want" "$tmp/err" || { echo "gen-cues: missing message: $want"; cat "$tmp/err"; exit 1; }
done
