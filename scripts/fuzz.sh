#!/bin/sh
# Runs every libFuzzer target (built by `make fuzz`) for SECONDS each, as many at a time as there
# are cores, and fails when any finds a crash, a leak, a timeout or runs out of memory. Called by
# `make fuzz FUZZ_SECONDS=N` (CI: 60). Each target starts from its seeds (tests/fuzz/seeds/NAME)
# and keeps what it learns in build/fuzz/corpus/NAME; a crash is saved in build/fuzz/crashes/NAME
# (copy it into tests/fuzz/seeds/NAME so that `make check` replays it from then on).
#   sh scripts/fuzz.sh SECONDS TARGET...
set -u
SECONDS_EACH=$1
shift
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
JOBS=${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 2)}
one() {
	f=$1
	mkdir -p "build/fuzz/corpus/$f" "build/fuzz/crashes/$f"
	if "build/fuzz/fuzz-$f" -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
		-artifact_prefix="build/fuzz/crashes/$f/" "build/fuzz/corpus/$f" "tests/fuzz/seeds/$f" \
		>"build/fuzz/$f.log" 2>&1; then
		runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "build/fuzz/$f.log" | tail -n 1)
		echo "fuzz: $f: ${runs:-?} runs in ${SECONDS_EACH}s, no crash"
	else
		echo "fuzz: $f: FAILED (see build/fuzz/$f.log and build/fuzz/crashes/$f/)"
		return 1
	fi
}
failed=0
n=0
running=0
pids=""
for f in "$@"; do
	one "$f" &
	pids="$pids $!"
	running=$((running + 1))
	n=$((n + 1))
	if [ "$running" -ge "$JOBS" ]; then
		for p in $pids; do wait "$p" || failed=$((failed + 1)); done
		pids=""
		running=0
	fi
done
for p in $pids; do wait "$p" || failed=$((failed + 1)); done
echo "fuzz: $n targets, ${SECONDS_EACH}s each: $((n - failed)) passed, $failed failed"
[ "$failed" = 0 ]
