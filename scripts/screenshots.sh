#!/bin/sh
# Renders what a reader sees and checks that it fits: the period report, the post-mortem of a
# thread and the proof sheet of one citizen, in Spanish, Valencian and English, made from
# samples/, each as a screenshot at 1366 px (PNG) and printed to A4 (PDF), with headless
# Chromium (Debian's `chromium`); then a generated quarter of 2,000 posts (205,000 messages,
# ../shared/bench/gen_fb.py OUTDIR 2000 7), printed in each language.
#   sh scripts/screenshots.sh [OUTDIR]      (default build/screenshots)
#   sh scripts/screenshots.sh --readme      also refreshes the pictures README shows (docs/)
# It fails (exit 1) when a printed quarter has more than 30 A4 pages, when a printed document
# lacks its page numbers ("Página 2 de 14", read back with pdftotext) or its organisation's
# name (--org for the samples, the schedule's `org` line for the quarter), or when a table is
# wider than an A4 page (measured by Chromium on a copy of the page with its print style
# applied on screen, 182 mm wide). Tables wider than the screen at 1366 px are named: they
# scroll in their box. Needs chromium and poppler-utils (pdfinfo, pdftotext, pdftoppm);
# without them, or without the generator, it says so and exits 3: a skip, never a pass.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
README=0
if [ "${1:-}" = "--readme" ]; then
	README=1
	shift
fi
OUT=${1:-build/screenshots}
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
GEN=${GEN_FB:-$ROOT/../shared/bench/gen_fb.py}
MAX_PAGES=30
if [ -z "$CHROMIUM" ]; then
	echo "screenshots: SKIPPED: chromium is not installed (apt-get install chromium); nothing was rendered" >&2
	exit 3
fi
for t in pdfinfo pdftotext pdftoppm; do
	command -v $t >/dev/null || {
		echo "screenshots: SKIPPED: $t is not installed (apt-get install poppler-utils); nothing was rendered" >&2
		exit 3
	}
done
if [ ! -f "$GEN" ] || ! command -v python3 >/dev/null; then
	echo "screenshots: SKIPPED: the quarter's generator $GEN (or python3) is missing; nothing was rendered" >&2
	exit 3
fi
[ -x ./replycov ] || make -s replycov
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
PROFILE=$(mktemp -d)
trap 'rm -rf "$PROFILE"' EXIT
S=samples
ORG="Ocupació Valenciana"
COMMON="--official 104520000000001 --schedule $S/schedule-valencia-2026.txt --period 2026Q1"
INPUTS="$S/facebook $S/private/messages.csv"
THREAD=facebook/104520000000001_1220000438400853
PERSON="Aisha Bello"
FAILED=0

chrome() {
	"$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$PROFILE" "$@" 2>/dev/null
}

fail() {
	echo "screenshots: FAIL: $*" >&2
	FAILED=1
}

# Tables wider than their box: NAME WIDTH PRINT, on a copy of the page with a measuring script
# (print: the print style applied on screen, at the width of an A4 page inside its margins).
wide_tables() {
	copy="$(dirname "$1")/.measure-$(basename "$1")"
	if [ "$3" = print ]; then
		sed 's|@media print{|@media all{|' "$1" >"$copy"
	else
		cp "$1" "$copy"
	fi
	cat >>"$copy" <<'EOF'
<script>addEventListener("load",function(){var o=[];document.querySelectorAll("div.table").forEach(function(d){
var t=d.querySelector("table"),s=d.closest("section");if(t.offsetWidth>d.clientWidth+1)
o.push((s?s.id:"?")+" ("+t.offsetWidth+" px in "+d.clientWidth+")")});
var p=document.createElement("pre");p.id="measured";p.textContent="["+o.join(", ")+"]";document.body.appendChild(p)})</script>
EOF
	chrome --window-size="$2",1000 --virtual-time-budget=5000 --dump-dom "file://$copy" |
		sed -n 's|.*<pre id="measured">\[\(.*\)\]</pre>.*|\1|p' | sed 's/&gt;/>/g'
	rm -f "$copy"
}

# Page numbers and the organisation in a printed document: "Page 1 of N" on the first page and
# "Page N of N" on the last, the organisation (when given) on the first page and in the second
# one's margin.
check_print() { # PDF LANG ORG
	n=$(pdfinfo "$1" | sed -n 's/^Pages: *//p')
	case $2 in
	es) w="Página" o=de ;;
	ca) w="Pàgina" o=de ;;
	*) w="Page" o=of ;;
	esac
	pdftotext -f 1 -l 1 "$1" - | grep -q "$w 1 $o $n" || fail "$1: no '$w 1 $o $n' on its first page"
	pdftotext -f "$n" -l "$n" "$1" - | grep -q "$w $n $o $n" || fail "$1: no '$w $n $o $n' on its last page"
	[ -n "$3" ] || return 0
	pdftotext -f 1 -l 1 "$1" - | grep -qF "$3" || fail "$1: the organisation '$3' is not on its first page"
	if [ "$n" -gt 1 ]; then
		pdftotext -f 2 -l 2 "$1" - | grep -qF "$3" || fail "$1: the organisation '$3' is not in the margin of page 2"
	fi
}

shot() { # HTML NAME LANG ORG [HEIGHT]
	chrome --hide-scrollbars --window-size=1366,"${5:-2000}" --screenshot="$OUT/$2.png" "file://$1" >/dev/null
	chrome --no-pdf-header-footer --print-to-pdf="$OUT/$2.pdf" "file://$1" >/dev/null
	[ -s "$OUT/$2.png" ] && [ -s "$OUT/$2.pdf" ] || {
		echo "screenshots: chromium did not render $1" >&2
		exit 1
	}
	check_print "$OUT/$2.pdf" "$3" "$4"
	over=$(wide_tables "$1" 688 print)
	[ -z "$over" ] || fail "$2: tables wider than an A4 page: $over"
	over=$(wide_tables "$1" 1366 screen)
	echo "  $2.png, $2.pdf ($(pdfinfo "$OUT/$2.pdf" | sed -n 's/^Pages: *//p') A4 pages)${over:+; scrolling at 1366 px: $over}"
}

for lang in es ca en; do
	./replycov --quiet report --lang "$lang" --org "$ORG" $COMMON -o "$OUT/report-$lang" $INPUTS >/dev/null 2>&1 || true
	./replycov --quiet thread --lang "$lang" --org "$ORG" $COMMON "$THREAD" -o "$OUT/thread-$lang" $INPUTS \
		>/dev/null 2>&1 || true
	./replycov --quiet user --lang "$lang" --format html $COMMON -o "$OUT/sheet-$lang" "$PERSON" $INPUTS \
		>/dev/null 2>&1 || true
	for f in "$OUT/report-$lang/report.html" "$OUT/thread-$lang/report.html" "$OUT/sheet-$lang/sheet.html"; do
		[ -s "$f" ] || {
			echo "screenshots: replycov did not write $f" >&2
			exit 1
		}
	done
	echo "$lang:"
	shot "$OUT/report-$lang/report.html" "report-$lang" "$lang" "$ORG"
	shot "$OUT/thread-$lang/report.html" "thread-$lang" "$lang" "$ORG"
	# `user` does not put --org on its sheet yet: its page numbers are checked, not the name
	shot "$OUT/sheet-$lang/sheet.html" "sheet-$lang" "$lang" ""
done

# The quarter: 2,000 posts of a page, the organisation named by the schedule's `org` line.
Q="$OUT/quarter-inputs"
if [ ! -f "$Q.done" ]; then
	rm -rf "$Q"
	python3 "$GEN" "$Q" 2000 7 >/dev/null
	: >"$Q.done"
fi
QORG="Servei Públic d'Ocupació"
cat >"$OUT/quarter-schedule.txt" <<EOF
# The quarter's service hours, for scripts/screenshots.sh.
zone Europe/Madrid
org $QORG
open mon-fri 08:00-20:00
EOF
echo "quarter of 2,000 posts:"
for lang in es ca en; do
	./replycov --quiet report --lang "$lang" --period 2026Q3 --schedule "$OUT/quarter-schedule.txt" \
		-o "$OUT/quarter-$lang" "$Q" >/dev/null 2>&1 || true
	[ -s "$OUT/quarter-$lang/report.html" ] || {
		echo "screenshots: replycov did not write $OUT/quarter-$lang/report.html" >&2
		exit 1
	}
	shot "$OUT/quarter-$lang/report.html" "quarter-$lang" "$lang" "$QORG"
	n=$(pdfinfo "$OUT/quarter-$lang.pdf" | sed -n 's/^Pages: *//p')
	[ "$n" -le $MAX_PAGES ] || fail "quarter-$lang.pdf: $n A4 pages, more than $MAX_PAGES"
done

if [ $README = 1 ]; then
	# The first screen of each document kind, the report's first printed page, and the
	# post-mortem's timeline as its reader sees it (the chart with its caption).
	mkdir -p docs
	for k in report-es thread-ca sheet-es; do
		chrome --hide-scrollbars --window-size=1366,1100 --screenshot="$ROOT/docs/screenshot-$k.png" \
			"file://$OUT/${k%%-*}-${k##*-}/$(
				case $k in sheet-*) echo sheet.html ;; *) echo report.html ;; esac
			)" >/dev/null
		echo "  docs/screenshot-$k.png"
	done
	pdftoppm -f 1 -l 1 -r 80 -png -singlefile "$OUT/report-es.pdf" "$ROOT/docs/report-first-page"
	echo "  docs/report-first-page.png"
	copy="$OUT/thread-en/.timeline.html"
	sed 's|</style>|header,nav,footer,section,section figure~*{display:none}section#timeline{display:block}section h2{margin-top:0}</style>|' \
		"$OUT/thread-en/report.html" >"$copy"
	chrome --hide-scrollbars --window-size=1010,600 --screenshot="$ROOT/docs/thread-timeline.png" "file://$copy" >/dev/null
	rm -f "$copy"
	echo "  docs/thread-timeline.png"
fi
if [ $FAILED = 1 ]; then
	echo "screenshots: FAILED (see above); written to $OUT" >&2
	exit 1
fi
echo "screenshots: written to $OUT"
