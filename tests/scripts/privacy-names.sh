#!/bin/sh
# Documents meant to be published name nobody unless --names is given: no citizen's display name
# or author id from the samples appears in the report of the period (report.html, report.md,
# data/*.csv), the post-mortem of the busiest thread (the same files) or the proof sheet of one
# person (text, Markdown, HTML, JSON), other than that person in their own sheet, nor in
# data/report.xlsx or the charts (their data and scripts, and their drawings when gnuplot is
# installed: report.html holds them); with --names the same documents do name them (so the check
# below can see a name when there is one), and with --pseudonymize they show pseudonyms instead.
set -eu
cd "$ROOT"
d=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$d"' EXIT
in="samples/facebook samples/private"
off="--official 104520000000001"
who=64431208121098331 # Consol Bataller, the complainant of the proof sheet

# Every citizen of the samples: display name and author id, one a line.
"$BIN" coverage --format json $off $in 2>/dev/null | python3 -c '
import json, sys
for u in json.load(sys.stdin)["users"]:
    for v in (u["name"], u["author_id"]):
        if v:
            print(v)' | sort -u >"$d/people"
[ "$(wc -l <"$d/people")" -gt 200 ] || { echo "privacy-names: too few citizens read from the samples"; exit 1; }
grep -v -x -e 'Consol Bataller' -e "$who" "$d/people" >"$d/others"

# names FILE...: the citizens named in the files (whole words), "file: name" a line.
names() {
	for f in "$@"; do
		grep -o -w -F -f "$d/people" "$f" | sort -u | sed "s|^|${f#"$d"/}: |" || true
	done
}
others() {
	for f in "$@"; do
		grep -o -w -F -f "$d/others" "$f" | sort -u | sed "s|^|${f#"$d"/}: |" || true
	done
}

fail=0
"$BIN" report $off --lang en -o "$d/rep" $in >/dev/null 2>&1 || true
"$BIN" thread 1220000438400853 $off --lang es -o "$d/thr" $in >/dev/null 2>&1 || true
for f in text md html json; do
	"$BIN" user "$who" $off --lang ca --format $f $in >"$d/sheet.$f" 2>/dev/null || true
done
# xlsx DIR: the text of DIR/data/report.xlsx (its XML parts, entities decoded) in DIR/xlsx.txt.
xlsx() {
	python3 -c '
import html, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    for n in z.namelist():
        print(html.unescape(z.read(n).decode("utf-8", "replace")))' "$1/data/report.xlsx" >"$1/xlsx.txt"
}
for f in "$d/rep/report.html" "$d/thr/report.html" "$d/sheet.html" "$d/sheet.json" "$d/rep/data/report.xlsx"; do
	[ -s "$f" ] || { echo "privacy-names: ${f#"$d"/} was not written"; exit 1; }
done
xlsx "$d/rep"
xlsx "$d/thr"
found=$(names "$d"/rep/report.* "$d"/rep/data/*.csv "$d"/rep/xlsx.txt "$d"/rep/charts/* \
	"$d"/thr/report.* "$d"/thr/data/*.csv "$d"/thr/xlsx.txt "$d"/thr/charts/*)
found="$found$(others "$d"/sheet.*)"
if [ -n "$found" ]; then
	echo "privacy-names: citizens named without --names:"
	printf '%s\n' "$found" | head -20
	fail=1
fi
grep -q 'Consol Bataller' "$d/sheet.html" || { echo "privacy-names: the proof sheet does not name its person"; fail=1; }

# --names: the same documents name people (at least ten in each), and the sheet names others.
"$BIN" report $off --names --lang en -o "$d/repn" $in >/dev/null 2>&1 || true
"$BIN" thread 1220000438400853 $off --names --lang es -o "$d/thrn" $in >/dev/null 2>&1 || true
"$BIN" user "$who" $off --names --lang ca --format html $in >"$d/sheetn.html" 2>/dev/null || true
xlsx "$d/repn"
for f in "$d/repn/report.html" "$d/repn/data/comments.csv" "$d/repn/xlsx.txt" "$d/thrn/report.html" \
	"$d/thrn/data/citizens.csv" "$d/thrn/charts/citizens.dat"; do
	n=$(names "$f" | wc -l)
	[ "$n" -ge 10 ] || { echo "privacy-names: ${f#"$d"/} names $n citizens with --names"; fail=1; }
done
[ "$(others "$d/sheetn.html" | wc -l)" -ge 10 ] ||
	{ echo "privacy-names: the proof sheet names nobody else with --names"; fail=1; }

# --pseudonymize: pseudonyms, no names.
printf 'privacy-names test key, not secret' >"$d/key"
"$BIN" report $off --pseudonymize "$d/key" --lang en -o "$d/repp" $in >/dev/null 2>&1 || true
found=$(names "$d"/repp/report.html "$d"/repp/data/*.csv)
[ -z "$found" ] || { echo "privacy-names: names under --pseudonymize:"; printf '%s\n' "$found" | head; fail=1; }
grep -q 'citizen-[0-9a-f]\{8\}' "$d/repp/report.html" || { echo "privacy-names: no pseudonym under --pseudonymize"; fail=1; }
exit $fail
