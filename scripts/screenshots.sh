#!/bin/sh
# Renders what a reader sees: the period report, the post-mortem of a thread and the proof sheet
# of one citizen, in Spanish, Valencian and English, made from samples/, each as a screenshot at
# 1366 px (PNG) and printed to A4 (PDF), with headless Chromium (Debian's `chromium`).
#   sh scripts/screenshots.sh [OUTDIR]      (default build/screenshots)
#   sh scripts/screenshots.sh --readme      also refreshes the three pictures README shows (docs/)
# Without chromium it says so and exits 3: a skip, never a pass.
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
if [ -z "$CHROMIUM" ]; then
	echo "screenshots: SKIPPED: chromium is not installed (apt-get install chromium); nothing was rendered" >&2
	exit 3
fi
[ -x ./replycov ] || make -s replycov
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
PROFILE=$(mktemp -d)
trap 'rm -rf "$PROFILE"' EXIT
S=samples
COMMON="--official 104520000000001 --schedule $S/schedule-valencia-2026.txt --period 2026Q1"
INPUTS="$S/facebook $S/private/messages.csv"
THREAD=facebook/104520000000001_1220000438400853
PERSON="Aisha Bello"

shot() { # HTML NAME [HEIGHT]
	"$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$PROFILE" --hide-scrollbars --window-size=1366,"${3:-2000}" \
		--screenshot="$OUT/$2.png" "file://$1" >/dev/null 2>&1
	"$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$PROFILE" --no-pdf-header-footer \
		--print-to-pdf="$OUT/$2.pdf" "file://$1" >/dev/null 2>&1
	[ -s "$OUT/$2.png" ] && [ -s "$OUT/$2.pdf" ] || {
		echo "screenshots: chromium did not render $1" >&2
		exit 1
	}
	if command -v pdfinfo >/dev/null; then
		echo "  $2.png, $2.pdf ($(pdfinfo "$OUT/$2.pdf" | sed -n 's/^Pages: *//p') A4 pages)"
	else
		echo "  $2.png, $2.pdf"
	fi
}

for lang in es ca en; do
	./replycov --quiet report --lang "$lang" $COMMON -o "$OUT/report-$lang" $INPUTS >/dev/null 2>&1 || true
	./replycov --quiet thread --lang "$lang" $COMMON "$THREAD" -o "$OUT/thread-$lang" $INPUTS >/dev/null 2>&1 || true
	./replycov --quiet user --lang "$lang" --format html $COMMON -o "$OUT/sheet-$lang" "$PERSON" $INPUTS \
		>/dev/null 2>&1 || true
	for f in "$OUT/report-$lang/report.html" "$OUT/thread-$lang/report.html" "$OUT/sheet-$lang/sheet.html"; do
		[ -s "$f" ] || {
			echo "screenshots: replycov did not write $f" >&2
			exit 1
		}
	done
	echo "$lang:"
	shot "$OUT/report-$lang/report.html" "report-$lang"
	shot "$OUT/thread-$lang/report.html" "thread-$lang"
	shot "$OUT/sheet-$lang/sheet.html" "sheet-$lang"
done
if [ $README = 1 ]; then
	# The first screen of each document kind, as README shows them.
	mkdir -p docs
	for k in report-es thread-ca sheet-es; do
		"$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
			--disable-background-networking --disable-component-update --disable-sync \
			--user-data-dir="$PROFILE" --hide-scrollbars --window-size=1366,1100 \
			--screenshot="$ROOT/docs/screenshot-$k.png" "file://$OUT/${k%%-*}-${k##*-}/$(
				case $k in sheet-*) echo sheet.html ;; *) echo report.html ;; esac
			)" >/dev/null 2>&1
		echo "  docs/screenshot-$k.png"
	done
fi
echo "screenshots: written to $OUT"
