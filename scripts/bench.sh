#!/bin/sh
# Benchmark: generates synthetic Facebook Graph exports (scripts/gen-graph.c) of each size and
# times replycov on them: a parse-only pass (`dump --parse-only`) and `coverage`, printing
# messages per second, peak RSS and the ratio to the parse-only time. The parse-only pass
# runs on one core (-j 1); coverage runs as a user runs it (all cores).
#   sh scripts/bench.sh [SIZES...]        default: 200000 1000000
#   BENCH_DIR=/tmp/x  PER_POST=200  RUNS=3 (best of RUNS is kept)
# Then classify_message alone on every message of the same data (scripts/bench-classify.c,
# one core), as a share of the one-core coverage run: what the need-reply policy adds.
# Last, memory at 1,000,000 messages: the quarter of Facebook posts of
# ../shared/bench/gen_fb.py (10,000 posts, seed 7: 993,623 messages, 252 MB of JSON), the peak
# RSS of `coverage --format json`, `report` and `verify` of that report (all cores, charts
# when gnuplot is installed), each said under or over 100 MB (100,000,000 bytes); the script
# exits 1 when one is over.
#   sh scripts/bench.sh memory            the memory check alone
#   GEN_FB=path/to/gen_fb.py              where the generator is (it needs python3)
# Needs GNU time (/usr/bin/time, Debian package "time").
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN="$ROOT/replycov"
DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/replycov-bench}
PER_POST=${PER_POST:-200}
RUNS=${RUNS:-3}
SIZES=${*:-200000 1000000}
GEN_FB=${GEN_FB:-$ROOT/../shared/bench/gen_fb.py}
MEM_LIMIT=100000000
MEM_ONLY=0
[ "$SIZES" = memory ] && MEM_ONLY=1

[ -x "$BIN" ] || make -C "$ROOT" all >/dev/null
[ -x /usr/bin/time ] || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 2; }
mkdir -p "$DIR"

# Peak RSS (KiB) of one run; its exit status is kept in $DIR/status.out.
peak_kib() {
	set +e
	/usr/bin/time -f "%M" -o "$DIR/time.out" "$@" >/dev/null 2>"$DIR/stderr.out"
	echo $? >"$DIR/status.out"
	set -e
	tail -n 1 "$DIR/time.out"
}

# The memory check: prints one line per command and returns 1 when one is over the limit.
memory() {
	data="$DIR/fb-10000-7"
	if ! command -v python3 >/dev/null 2>&1 || [ ! -f "$GEN_FB" ]; then
		echo "bench: memory check skipped: it needs python3 and $GEN_FB (set GEN_FB)" >&2
		return 0
	fi
	[ -d "$data" ] || python3 "$GEN_FB" "$data" 10000 7 >/dev/null
	over=0
	echo
	printf '%-34s %10s %9s  %s\n' "1,000,000 messages (gen_fb.py 10000 7)" peak_MiB peak_MB "goal: under 100 MB"
	rm -rf "$DIR/fb-report"
	for pass in "coverage --format json" report verify; do
		case $pass in
		report) k=$(peak_kib "$BIN" report -o "$DIR/fb-report" "$data") ;;
		verify) k=$(peak_kib "$BIN" verify "$DIR/fb-report" "$data") ;;
		*) k=$(peak_kib "$BIN" coverage --format json -o /dev/null "$data") ;;
		esac
		rc=$(cat "$DIR/status.out")
		verdict=$(awk -v k="$k" -v l="$MEM_LIMIT" 'BEGIN { print (k * 1024 < l ? "under 100 MB" : "OVER 100 MB") }')
		[ "$verdict" = "under 100 MB" ] || over=1
		# verify exits 1 when the report differs: that is a failure of the check too
		if [ "$rc" -ne 0 ] && [ "$pass" = verify ]; then
			verdict="$verdict (verify exit $rc: $(tail -n 1 "$DIR/stderr.out"))"
			over=1
		fi
		awk -v p="$pass" -v k="$k" -v v="$verdict" 'BEGIN { printf "%-34s %10.1f %9.1f  %s\n", p, k / 1024, k * 1024 / 1e6, v }'
	done
	return $over
}

if [ $MEM_ONLY = 1 ]; then
	memory
	exit $?
fi

cc -O2 -o "$DIR/gen-graph" "$ROOT/scripts/gen-graph.c"
make -C "$ROOT" build/opt/replycov >/dev/null
cc -O2 -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -I"$ROOT/src" $(pkg-config --cflags libcjson libutf8proc expat libcrypto 2>/dev/null) \
	-o "$DIR/bench-classify" "$ROOT/scripts/bench-classify.c" $(ls "$ROOT"/build/opt/*.o | grep -v '/main\.o$') \
	$(pkg-config --libs libcjson libutf8proc expat libcrypto 2>/dev/null || echo -lcjson -lutf8proc -lexpat -lcrypto) -lcsv -lm -lpthread

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

# One pass per line: label, then the replycov arguments (DATA stands for the data folder).
PASSES='parse-only(-j1)|dump --parse-only -j 1 DATA
coverage|coverage -o /dev/null DATA
coverage --format json|coverage --format json -o /dev/null DATA
classify|classify -o /dev/null DATA'
if "$BIN" help 2>/dev/null | grep -q '^  report '; then
	PASSES="$PASSES
report (no charts)|report --format md,html,csv -o REPORT DATA"
fi

printf '%-10s %-22s %9s %12s %10s %8s\n' messages pass seconds msgs/s peak_MiB ratio
for n in $SIZES; do
	data="$DIR/graph-$n"
	[ -d "$data" ] || "$DIR/gen-graph" "$data" "$n" "$PER_POST" 1 >/dev/null
	ps=""
	printf '%s\n' "$PASSES" | while IFS='|' read -r label args; do
		args=$(printf '%s' "$args" | sed "s|DATA|$data|; s|REPORT|$DIR/report-$n|")
		rm -rf "$DIR/report-$n"
		set -- $(measure "$BIN" $args)
		[ -z "$ps" ] && ps=$1
		awk -v n="$n" -v l="$label" -v s="$1" -v k="$2" -v p="$ps" 'BEGIN {
			printf "%-10d %-22s %9.2f %12.0f %10.1f %8.2f\n", n, l, s, (s > 0 ? n / s : 0), k / 1024, (p > 0 ? s / p : 0) }'
	done
	set -- $(measure "$BIN" coverage -j 1 -o /dev/null "$data")
	c1=$1
	cl=""
	i=0
	while [ $i -lt "$RUNS" ]; do
		t=$("$DIR/bench-classify" "$data" | awk '{ print $6 }')
		if [ -z "$cl" ] || awk "BEGIN{exit !($t < $cl)}"; then cl=$t; fi
		i=$((i + 1))
	done
	awk -v n="$n" -v c="$cl" -v c1="$c1" 'BEGIN {
		printf "%-10d %-22s %9.2f %12.0f %10s %8s\n", n, "classify_message only", c, (c > 0 ? n / c : 0), "-", "-";
		printf "%-10s classification adds %.1f%% to a one-core coverage run (%.2f s)\n", "", (c1 > 0 ? 100 * c / c1 : 0), c1 }'
done
echo "(best of $RUNS runs; data in $DIR; $(nproc) cores; $(uname -m))"
memory
