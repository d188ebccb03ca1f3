#!/bin/sh
# make demo: the main job on the bundled samples. Prints the summary and says where the full
# output went (demo-output/: text, JSON and one CSV row per citizen comment).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OUT=demo-output
mkdir -p "$OUT"
rc=0
./replycov coverage -o "$OUT/coverage.txt" samples/facebook 2>"$OUT/messages.txt" || rc=$?
./replycov coverage --format json -o "$OUT/coverage.json" samples/facebook 2>/dev/null || true
./replycov coverage --format csv -o "$OUT/comments.csv" samples/facebook 2>/dev/null || true
# The summary and the thread table; the full list of citizens never answered is in the file.
sed -n '1,/^Citizens never answered/p' "$OUT/coverage.txt"
sed -n '/^Citizens never answered/,$p' "$OUT/coverage.txt" | sed -n '2,9p'
echo "  ..."
cat "$OUT/messages.txt"
echo
echo "Full output in $ROOT/$OUT/:"
echo "  coverage.txt   this report, with every citizen never answered and their comments"
echo "  coverage.json  summary, threads, citizens and every comment with status, rule and wait"
echo "  comments.csv   one row per citizen comment (opens in a spreadsheet)"
echo "  messages.txt   what replycov said while reading (warnings, the accounting line)"
exit $rc
