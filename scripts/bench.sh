#!/bin/sh
# Benchmark: generates synthetic Facebook Graph exports (scripts/gen-graph.c) of each size and
# times replycov on them: a parse-only pass (`dump --parse-only`) and `coverage`, printing
# messages per second, peak RSS and the ratio to the parse-only time. The parse-only pass
# runs on one core (-j 1); coverage runs as a user runs it (all cores).
#   sh scripts/bench.sh [SIZES...]        default: 200000 1000000
#   BENCH_DIR=/tmp/x  PER_POST=200  RUNS=3 (best of RUNS is kept)
# Needs GNU time (/usr/bin/time, Debian package "time").
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN="$ROOT/replycov"
DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/replycov-bench}
PER_POST=${PER_POST:-200}
RUNS=${RUNS:-3}
SIZES=${*:-200000 1000000}

[ -x "$BIN" ] || make -C "$ROOT" all >/dev/null
[ -x /usr/bin/time ] || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 2; }
mkdir -p "$DIR"
cc -O2 -o "$DIR/gen-graph" "$ROOT/scripts/gen-graph.c"

# best (lowest) elapsed seconds and its peak RSS in KiB over RUNS runs: prints "secs kib"
measure() {
	best=""
	i=0
	while [ $i -lt "$RUNS" ]; do
		/usr/bin/time -f "%e %M" -o "$DIR/time.out" "$@" >/dev/null 2>"$DIR/stderr.out" || true
		read -r s k <"$DIR/time.out"
		if [ -z "$best" ] || awk "BEGIN{exit !($s < $best)}"; then best=$s; rss=$k; fi
		i=$((i + 1))
	done
	echo "$best $rss"
}

printf '%-10s %-22s %9s %12s %10s %8s\n' messages pass seconds msgs/s peak_MiB ratio
for n in $SIZES; do
	data="$DIR/graph-$n"
	[ -d "$data" ] || "$DIR/gen-graph" "$data" "$n" "$PER_POST" 1 >/dev/null
	set -- $(measure "$BIN" dump --parse-only -j 1 "$data")
	ps=$1 pk=$2
	set -- $(measure "$BIN" coverage -o /dev/null "$data")
	cs=$1 ck=$2
	set -- $(measure "$BIN" coverage --format json -o /dev/null "$data")
	js=$1 jk=$2
	for row in "parse-only(-j1) $ps $pk" "coverage $cs $ck" "coverage --format json $js $jk"; do
		set -- $row
		case $1 in coverage) label=$1 ;; *) label=$1 ;; esac
		if [ $# -eq 5 ]; then label="$1 $2 $3"; s=$4; k=$5; else s=$2; k=$3; fi
		awk -v n="$n" -v l="$label" -v s="$s" -v k="$k" -v p="$ps" 'BEGIN {
			r = (s > 0) ? n / s : 0;
			printf "%-10d %-22s %9.2f %12.0f %10.1f %8.2f\n", n, l, s, r, k / 1024, (p > 0 ? s / p : 0) }'
	done
done
echo "(best of $RUNS runs; data in $DIR; $(nproc) cores; $(uname -m))"
