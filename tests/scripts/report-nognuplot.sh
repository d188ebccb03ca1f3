#!/bin/sh
# Without gnuplot (named away with REPLYCOV_GNUPLOT, or absent from PATH), everything else is
# written: every chart's .gp and .dat, the data files, report.md and report.html with the tables
# and a notice saying how to get the charts; no SVG or PNG; exit status 0.
set -eu
cd "$ROOT"
. "$ROOT/tests/scripts/report-lib.inc"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
S=samples
check_folder() {
	[ -z "$(find "$1" -name '*.svg' -o -name '*.png')" ] || { echo "report-nognuplot: images in $1"; exit 1; }
	[ "$(find "$1/charts" -name '*.gp' | wc -l)" = 5 ] || { echo "report-nognuplot: not 5 scripts in $1"; exit 1; }
	[ "$(find "$1/charts" -name '*.dat' | wc -l)" = 5 ] || { echo "report-nognuplot: not 5 data files in $1"; exit 1; }
	for f in comments citizens threads months; do
		[ -s "$1/data/$f.csv" ] || { echo "report-nognuplot: $1/data/$f.csv missing"; exit 1; }
	done
	grep -q 'apt-get install gnuplot-nox' "$1/report.html" || { echo "report-nognuplot: no notice in $1/report.html"; exit 1; }
	grep -q 'apt-get install gnuplot-nox' "$1/report.md" || { echo "report-nognuplot: no notice in $1/report.md"; exit 1; }
	[ "$(grep -c '<table>' "$1/report.html")" -ge 5 ] || { echo "report-nognuplot: tables missing in $1/report.html"; exit 1; }
	! grep -q '<svg' "$1/report.html" || { echo "report-nognuplot: a drawing without gnuplot?"; exit 1; }
	check_html "$1/report.html"
}
REPLYCOV_GNUPLOT=/nonexistent/gnuplot "$BIN" report --official 104520000000001 -o "$tmp/a" $S/facebook $S/private/messages.csv >"$tmp/out" 2>/dev/null
grep -q 'gnuplot is not installed' "$tmp/out" || { echo "report-nognuplot: the summary does not say the charts are missing"; exit 1; }
check_folder "$tmp/a"
# A PATH without gnuplot (the binary is named by its full path).
mkdir "$tmp/bin"
(unset REPLYCOV_GNUPLOT; PATH="$tmp/bin" "$BIN" thread 1220000438400853 -o "$tmp/b" $S/facebook >/dev/null 2>&1)
check_folder "$tmp/b"
# A program that is there but fails: the report is still written, with warnings.
printf '#!/bin/sh\necho "boom: not a plotting program" >&2\nexit 3\n' >"$tmp/bin/fakeplot"
chmod +x "$tmp/bin/fakeplot"
REPLYCOV_GNUPLOT="$tmp/bin/fakeplot" "$BIN" report -o "$tmp/c" $S/facebook >/dev/null 2>"$tmp/err"
grep -q "chart 'messages-by-month' not drawn: boom: not a plotting program" "$tmp/err" || { echo "report-nognuplot: failing program not reported"; cat "$tmp/err"; exit 1; }
check_html "$tmp/c/report.html"
# A program that hangs is killed after the timeout.
printf '#!/bin/sh\nexec sleep 30\n' >"$tmp/bin/slowplot"
chmod +x "$tmp/bin/slowplot"
start=$(date +%s)
REPLYCOV_GNUPLOT="$tmp/bin/slowplot" REPLYCOV_GNUPLOT_TIMEOUT=1 "$BIN" report -o "$tmp/d" $S/facebook >/dev/null 2>"$tmp/err"
[ $(($(date +%s) - start)) -lt 20 ] || { echo "report-nognuplot: a hanging program was not stopped"; exit 1; }
grep -q 'did not finish within 1 seconds' "$tmp/err" || { echo "report-nognuplot: timeout not reported"; cat "$tmp/err"; exit 1; }
