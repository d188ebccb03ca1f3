#!/bin/sh
# Names and platform names with quotes, backslashes, newlines, system("touch PWNED") and
# `touch PWNED` are data, never gnuplot code: with gnuplot drawing the charts nothing is created
# (in the working folder, the report or its charts folder, where gnuplot runs), and the
# most-active chart still shows the 8 citizens (named, as with --names), each name once, as written.
set -eu
cd "$ROOT"
. "$ROOT/tests/scripts/report-lib.inc"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp tests/cases/thread/0008-hostile-names/hostile.csv "$tmp/"
cd "$tmp"
unset REPLYCOV_GNUPLOT
"$BIN" thread p1 --names -o out hostile.csv >/dev/null 2>&1
"$BIN" report -o out2 hostile.csv >/dev/null 2>&1
if [ -n "$(find "$tmp" -name 'PWNED*')" ] || [ -e "$ROOT/PWNED" ]; then
	echo "report-hostile: a name ran as code"
	exit 1
fi
rows=$(grep -vc '^#' out/charts/citizens.dat)
[ "$rows" = 8 ] || { echo "report-hostile: citizens.dat has $rows rows, expected 8"; exit 1; }
# Every .dat line that holds a quoted field holds it whole: quotes balanced, one record a line.
for f in out/charts/*.dat out2/charts/*.dat; do
	awk -F'"' 'NF > 0 && NF % 2 == 0 { print FILENAME ": unbalanced quotes: " $0; bad = 1 } END { exit bad }' "$f"
done
if ! command -v gnuplot >/dev/null 2>&1; then
	echo "report-hostile: gnuplot is needed (sh scripts/install-deps.sh installs gnuplot-nox)"
	exit 1
fi
svg=out/charts/citizens.svg
check_svg "$svg"
check_html out/report.html
check_html out2/report.html
n=0
while IFS= read -r label; do
	c=$(grep -cF "<text>$label</text>" "$svg" || true)
	[ "$c" = 1 ] || { echo "report-hostile: label '$label' appears $c times in $svg"; exit 1; }
	n=$((n + 1))
done <<'LABELS'
Ana ”Quote” O'Neil
Back\slash\\ end\
Line one Line two
system(”touch PWNED”)
`touch PWNED`
'; system('touch PWNED'); '
@s {x} ^y _z &amp; &lt;b>bold&lt;/b>
Plain Name
LABELS
[ $n = 8 ] || exit 1
# Two bars per citizen (comments, answered): 8 + 8 boxes, drawn as paths in the plot's groups.
[ -s out2/charts/messages-by-month.svg ] || { echo "report-hostile: the report's chart with a hostile platform name was not drawn"; exit 1; }
