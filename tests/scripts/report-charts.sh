#!/bin/sh
# With gnuplot installed: `report` and `thread` on the samples draw every chart as SVG (an XML
# document with an <svg> root) and PNG (the PNG signature) next to its .gp and .dat;
# report.html is well-formed, self-contained and holds every chart inline; two runs (and -j 1
# against -j 4) give byte-identical folders; on a terminal `thread` draws the timeline as text.
set -eu
cd "$ROOT"
. "$ROOT/tests/scripts/report-lib.inc"
unset REPLYCOV_GNUPLOT
if ! command -v gnuplot >/dev/null 2>&1; then
	echo "report-charts: gnuplot is needed (sh scripts/install-deps.sh installs gnuplot-nox)"
	exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
S=samples
report() { "$BIN" report --schedule $S/schedule-valencia-2026.txt --official 104520000000001 "$@" $S/facebook $S/private/messages.csv; }
thread() { "$BIN" thread 1220000438400853 --schedule $S/schedule-valencia-2026.txt --lang es "$@" $S/facebook; }
report -o "$tmp/r" >/dev/null 2>"$tmp/err" || { cat "$tmp/err"; exit 1; }
thread -o "$tmp/t" >/dev/null 2>"$tmp/err" || { cat "$tmp/err"; exit 1; }
for d in r t; do
	n=0
	for gp in "$tmp/$d/charts/"*.gp; do
		base=${gp%.gp}
		[ -s "$base.dat" ] || { echo "report-charts: $base.dat missing"; exit 1; }
		[ -s "$base.svg" ] || { echo "report-charts: $base.svg missing"; exit 1; }
		[ -s "$base.png" ] || { echo "report-charts: $base.png missing"; exit 1; }
		check_svg "$base.svg"
		check_png "$base.png"
		n=$((n + 1))
	done
	[ $n = 5 ] || { echo "report-charts: $n charts in $d, expected 5"; exit 1; }
	check_html "$tmp/$d/report.html"
	inline=$(grep -c '^<svg role="img"' "$tmp/$d/report.html")
	[ "$inline" = 5 ] || { echo "report-charts: $inline charts inline in $d/report.html, expected 5"; exit 1; }
	[ "$(grep -c '](charts/.*\.png)$' "$tmp/$d/report.md")" = 5 ] || { echo "report-charts: report.md does not show 5 charts"; exit 1; }
	! grep -q 'apt-get install' "$tmp/$d/report.html" || { echo "report-charts: notice about gnuplot although it is installed"; exit 1; }
done
# The same bytes again, and whatever the number of jobs.
report -o "$tmp/r2" -j 1 >/dev/null 2>&1
report -o "$tmp/r3" -j 4 >/dev/null 2>&1
diff -r "$tmp/r" "$tmp/r2" >/dev/null || { echo "report-charts: a second run differs"; diff -r "$tmp/r" "$tmp/r2" | head; exit 1; }
diff -r "$tmp/r" "$tmp/r3" >/dev/null || { echo "report-charts: -j 4 differs from -j 1"; exit 1; }
thread -o "$tmp/t2" >/dev/null 2>&1
diff -r "$tmp/t" "$tmp/t2" >/dev/null || { echo "report-charts: a second thread run differs"; exit 1; }
# Only the html asked for: the charts are inline, charts/ is not kept.
report -o "$tmp/h" --format html >/dev/null 2>&1
[ ! -e "$tmp/h/charts" ] && [ ! -e "$tmp/h/data" ] && [ -s "$tmp/h/report.html" ] || { echo "report-charts: --format html wrote more than report.html"; exit 1; }
[ "$(grep -c '^<svg role="img"' "$tmp/h/report.html")" = 5 ] || { echo "report-charts: --format html lost its charts"; exit 1; }
# On a terminal, the thread's timeline as text under the summary.
command -v script >/dev/null 2>&1 || { echo "report-charts: script(1) is needed (bsdutils)"; exit 1; }
script -qec "'$BIN' thread 1220000438400853 -o '$tmp/tty' $S/facebook" /dev/null >"$tmp/tty.txt" 2>&1 || true
grep -q 'Date and time (UTC)' "$tmp/tty.txt" || { echo "report-charts: no text timeline on a terminal"; cat "$tmp/tty.txt" | head -20; exit 1; }
"$BIN" thread 1220000438400853 -o "$tmp/notty" $S/facebook >"$tmp/notty.txt" 2>/dev/null
! grep -q 'Date and time' "$tmp/notty.txt" || { echo "report-charts: text timeline written to a pipe"; exit 1; }
# No temporary folder left anywhere.
[ -z "$(ls "$tmp" | grep -E '\.(tmp|old)[0-9]')" ] || { echo "report-charts: temporary folder left"; ls "$tmp"; exit 1; }
