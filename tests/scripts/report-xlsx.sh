#!/bin/sh
# data/report.xlsx opened back by an independent reader (openpyxl, tests/scripts/xlsx_check.py):
# a sheet per CSV file with the same rows, ids as strings (never numbers, in the XML too),
# times as dates in the report's zone, waits as durations, percentages and counts as numbers,
# the header frozen. On the samples (report in Europe/Madrid and in UTC, a post-mortem, the
# csv part alone) and on made-up messages a spreadsheet gets wrong: a 20-digit id with leading
# zeros, texts that look like formulas or numbers, OOXML's own escape "_x0041_", control
# characters, U+FFFF, a text longer than a cell holds, a time in the hour Madrid skips. The
# same inputs give the same bytes (wherever the folder is), `verify` recomputes the workbook
# and finds one changed byte in it, and a report without the csv part has none.
set -eu
cd "$ROOT"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export REPLYCOV_GNUPLOT=/nonexistent
fail() {
	echo "report-xlsx: $*"
	exit 1
}
# Debian's python3-openpyxl is installed for /usr/bin/python3; a python3 earlier in PATH (pyenv,
# a virtualenv) may not see it.
py=
for p in python3 /usr/bin/python3; do
	if "$p" -c 'import openpyxl' 2>/dev/null; then
		py=$p
		break
	fi
done
[ -n "$py" ] || fail "python3 cannot import openpyxl: sh scripts/install-deps.sh (as root) installs python3-openpyxl"
check() { # DATA_DIR ZONE
	"$py" tests/scripts/xlsx_check.py "$1" "$2" >"$dir/check.out" 2>&1 || {
		cat "$dir/check.out"
		fail "$1/report.xlsx differs from the CSV files"
	}
}

sched=samples/schedule-valencia-2026.txt
# --names: the authors' ids are in data/ (without it their columns are empty)
"$BIN" report --names --schedule $sched -o "$dir/madrid" samples/facebook samples/private >/dev/null 2>&1 || true
[ -s "$dir/madrid/data/report.xlsx" ] || fail "no data/report.xlsx"
check "$dir/madrid/data" Europe/Madrid
# The samples' authors have 17-digit ids: the check saw them, as strings.
grep -q 'ids of 16 digits or more: [1-9]' "$dir/check.out" || { cat "$dir/check.out"; fail "no long id checked"; }
grep -q 'typed columns seen: count, decimal, instant, local, month, pct, wait' "$dir/check.out" ||
	{ cat "$dir/check.out"; fail "a column type was never checked"; }
grep -q '"data/report.xlsx"' "$dir/madrid/manifest.json" || fail "the manifest does not list data/report.xlsx"

"$BIN" report --format xlsx -o "$dir/utc" samples/facebook samples/private >/dev/null 2>&1 || true
check "$dir/utc/data" UTC
"$BIN" thread 1220000438400853 --schedule $sched -o "$dir/thread" samples/facebook >/dev/null 2>&1 || true
check "$dir/thread/data" Europe/Madrid

# The same inputs, another folder: the same bytes (the creation time is fixed).
mkdir "$dir/elsewhere"
"$BIN" report --names --schedule $sched -o "$dir/elsewhere/madrid" samples/facebook samples/private >/dev/null 2>&1 || true
cmp -s "$dir/madrid/data/report.xlsx" "$dir/elsewhere/madrid/data/report.xlsx" || fail "two runs wrote different bytes"
"$BIN" verify "$dir/madrid" samples/facebook samples/private >"$dir/out" 2>&1 || { cat "$dir/out"; fail "verify"; }
# The manifest's hash covers the workbook: one byte changed in it, and verify says so.
"$py" -c 'import sys; p = sys.argv[1]; b = bytearray(open(p, "rb").read()); b[len(b) // 2] ^= 1; open(p, "wb").write(b)' \
	"$dir/elsewhere/madrid/data/report.xlsx"
if "$BIN" verify "$dir/elsewhere/madrid" samples/facebook samples/private >"$dir/out" 2>&1; then
	fail "verify passed a changed report.xlsx"
fi
grep -q 'report.xlsx' "$dir/out" || { cat "$dir/out"; fail "verify did not name the changed report.xlsx"; }

# The csv part alone writes no workbook; no csv part, no data/ at all.
"$BIN" report --format csv -o "$dir/csvonly" samples/facebook >/dev/null 2>&1 || true
[ -s "$dir/csvonly/data/comments.csv" ] || fail "no comments.csv with --format csv"
[ ! -e "$dir/csvonly/data/report.xlsx" ] || fail "report.xlsx written without the xlsx part"
# No csv part, no workbook.
"$BIN" report --format md -o "$dir/md" samples/facebook >/dev/null 2>&1 || true
[ -s "$dir/md/report.md" ] || fail "no report.md"
[ ! -e "$dir/md/data" ] || fail "data/ written without the csv part"

# Made-up messages (the generic CSV input).
mkdir "$dir/in"
"$py" - "$dir/in/odd.csv" <<'EOF'
import csv, sys
rows = [
    ("T1", "T1", "", "100", "Servei", "2026-03-28T09:00:00+01:00", "=HYPERLINK(\"http://example.org\")"),
    ("T1", "00012345678901234567", "T1", "00098765432109876543", "=1+2", "2026-03-28T10:00:00+01:00",
     "Literal _x0041_ and _x00e9_, a tab\there, a bell \x07 and a CR \r inside?"),
    ("T1", "c2", "T1", "1e5", "+34 600 000 000", "2026-03-29T01:30:00Z", "-12 \uffff 0x1A ?"),
    ("T1", "c3", "T1", "007", "Llarg", "2026-03-29T03:30:00+02:00", "Per què? " + "ñ" * 40000),
    ("T1", "r1", "00012345678901234567", "100", "Servei", "2026-03-30T08:00:00+02:00", "@=1+2 sí"),
]
with open(sys.argv[1], "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["thread", "id", "parent_id", "author_id", "author", "created_at", "text", "platform", "channel"])
    for r in rows:
        w.writerow(list(r) + ["facebook", "public"])
EOF
"$BIN" report --need-reply all --tz Europe/Madrid --format xlsx -o "$dir/odd" "$dir/in" >/dev/null 2>"$dir/err" || true
[ -s "$dir/odd/data/report.xlsx" ] || { cat "$dir/err"; fail "no report.xlsx for the made-up messages"; }
grep -q 'report.xlsx: warning: 1 text longer than 32767 characters' "$dir/err" || { cat "$dir/err"; fail "no warning for the cut text"; }
grep -q '00012345678901234567' "$dir/odd/data/comments.csv" || fail "the made-up id is not in comments.csv"
check "$dir/odd/data" Europe/Madrid
"$BIN" verify "$dir/odd" "$dir/in" >"$dir/out" 2>&1 || { cat "$dir/out"; fail "verify of the made-up messages"; }
exit 0
