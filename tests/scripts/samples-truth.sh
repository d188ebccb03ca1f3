#!/bin/sh
# The sample's ground truth (samples/expected-coverage.csv, computed by the sample generator
# from the rules in samples/README.md) must equal what replycov finds, on the Facebook JSON
# and on the same data as generic CSV. The truth uses the text rules only (no classes), so the
# run names every class as needing a reply.
set -eu
cd "$ROOT"
cols="thread,id,author_id,status,rule,answer_id,wait_s"
want=$(mktemp)
got=$(mktemp)
tail -n +2 samples/expected-coverage.csv >"$want"
for input in samples/facebook samples/csv/comments.csv; do
	"$BIN" coverage --need-reply criticism,question,thanks,other --format csv "$input" 2>/dev/null | awk -v cols="$cols" -f tests/scripts/csvcols.awk >"$got"
	if ! cmp -s "$want" "$got"; then
		echo "samples-truth: $input differs from samples/expected-coverage.csv"
		diff "$want" "$got" | head -20
		exit 1
	fi
done
rm -f "$want" "$got"
