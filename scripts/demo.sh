#!/bin/sh
# make demo: the main job on the bundled samples. Prints the summary and says where the full
# output went (demo-output/: text, JSON, one CSV row per citizen comment, response times, and
# the period report as a folder), and ends with the path of the report to open.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OUT=demo-output
mkdir -p "$OUT"
rc=0
./replycov coverage -o "$OUT/coverage.txt" samples/facebook 2>"$OUT/messages.txt" || rc=$?
./replycov coverage --format json -o "$OUT/coverage.json" samples/facebook 2>/dev/null || true
./replycov coverage --format csv -o "$OUT/comments.csv" samples/facebook 2>/dev/null || true
# Response times in service hours (the 2026 calendar of València) with the private inbox.
./replycov times --lang en --schedule samples/schedule-valencia-2026.txt --official 104520000000001 \
	--agent-signature '^(JL):' --agent-signature '— (Marta|Pau)$' \
	-o "$OUT/times.txt" samples/facebook samples/private/messages.csv 2>/dev/null || true
# The report of the whole sample period as a folder a person can open, print and attach.
./replycov --quiet report --schedule samples/schedule-valencia-2026.txt --official 104520000000001 \
	-o "$OUT/report" samples/facebook samples/private/messages.csv >"$OUT/report.txt" 2>/dev/null || true
# The summary and the thread table; the full list of citizens never answered is in the file.
sed -n '1,/^Citizens never answered/p' "$OUT/coverage.txt"
sed -n '/^Citizens never answered/,$p' "$OUT/coverage.txt" | sed -n '2,9p'
echo "  ..."
cat "$OUT/messages.txt"
echo
sed -n '/^Private messages/,/Each step keeps/p' "$OUT/times.txt"
echo
echo "Full output in $ROOT/$OUT/:"
echo "  coverage.txt   this report, with every citizen never answered and their comments"
echo "  coverage.json  summary, threads, citizens and every comment with status, rule and wait"
echo "  comments.csv   one row per citizen comment (opens in a spreadsheet)"
echo "  times.txt      waits in calendar time and in service hours, and the platform's figure rule by rule"
echo "  messages.txt   what replycov said while reading (warnings, the accounting line)"
echo "  report/        the report of the period: report.html (one file, prints on A4), report.md,"
echo "                 charts/ (SVG, PNG, gnuplot script and data), data/ (CSV per comment, citizen,"
echo "                 thread and month); 'replycov thread ID -o DIR' makes one for a single thread"
grep -q 'gnuplot is not installed' "$OUT/report.txt" && echo "  (charts not drawn: gnuplot is not installed; apt-get install gnuplot-nox)"
echo
echo "Open the report in a browser:"
echo "$ROOT/$OUT/report/report.html"
exit $rc
