#!/bin/sh
# --min-cell 5 leaves no count from 1 to 4 about people in any table of the report of a period or
# of a post-mortem (the counts of official replies and of threads are not about people), every
# hidden count reads "<5", and without --min-cell the same tables do hold such counts (so the
# check below can see one when there is one).
set -eu
cd "$ROOT"
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
export REPLYCOV_GNUPLOT=/nonexistent/gnuplot
in="samples/facebook samples/private"
off="--official 104520000000001"
for k in 5 0; do
	opt=""
	[ $k = 0 ] || opt="--min-cell $k"
	"$BIN" report $off $opt --lang en --format md -o "$d/rep$k" $in >/dev/null 2>&1 || true
	"$BIN" thread 1220000438400853 $off $opt --lang en --format md -o "$d/thr$k" $in >/dev/null 2>&1 || true
done
# small FILE: the table cells holding a count from 1 to 4 ("section | row | column: n").
small() {
	python3 - "$1" <<'EOF'
import re, sys
fixed = ("Official replies", "Threads (posts and conversations)")
section, header = "", None
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if line.startswith("## "):
        section, header = line[3:], None
        continue
    if not line.startswith("|"):
        header = None
        continue
    cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
    if header is None:
        header = cells
        continue
    if all(set(c) <= set("-: ") for c in cells):
        continue
    for i, c in enumerate(cells[1:], 1):
        col = header[i] if i < len(header) else ""
        if col in fixed or cells[0] in fixed:
            continue
        if re.fullmatch(r"[1-4]", c):
            print("%s | %s | %s: %s" % (section, cells[0], col, c))
EOF
}
fail=0
for f in "$d/rep5/report.md" "$d/thr5/report.md"; do
	[ -s "$f" ] || { echo "privacy-min-cell: ${f#"$d"/} was not written"; exit 1; }
	out=$(small "$f")
	if [ -n "$out" ]; then
		echo "privacy-min-cell: counts below 5 in ${f#"$d"/}:"
		printf '%s\n' "$out" | head -20
		fail=1
	fi
	grep -q '<5' "$f" || { echo "privacy-min-cell: nothing hidden in ${f#"$d"/}"; fail=1; }
done
for f in "$d/rep0/report.md" "$d/thr0/report.md"; do
	[ "$(small "$f" | wc -l)" -ge 10 ] || { echo "privacy-min-cell: ${f#"$d"/} has no small count to hide"; fail=1; }
done
exit $fail
