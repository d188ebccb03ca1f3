#!/bin/sh
# Runs every test: unit programs, data-driven cases, corpus cases (skipped with a notice when
# ../shared/corpora is absent) and documentation checks. Ends with "N passed, M failed".
#   sh tests/run.sh BUILD_DIR            (make check does this)
#   POPULATE=1 sh tests/run.sh BUILD_DIR rewrites expout/experr/exitcode for review in git diff
#   ONLY=pattern                         runs the cases whose path contains pattern
#   VALGRIND="valgrind -q ..."           runs each case under valgrind (make valgrind)
set -u
BUILD=${1:-build/opt}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN="$ROOT/$BUILD/replycov"
CORPORA=${CORPORA:-$ROOT/../shared/corpora}
export LC_ALL=C TZ=UTC CORPORA
pass=0
fail=0
skipped=0
failed_list=""

note_fail() {
	fail=$((fail + 1))
	failed_list="$failed_list
  $1"
}

# Unit tests: each prints "<name>: N passed, M failed".
for t in "$ROOT/$BUILD"/test_*; do
	[ -x "$t" ] || continue
	out=$(cd "$ROOT" && "$t" 2>&1)
	rc=$?
	line=$(printf '%s\n' "$out" | tail -n 1)
	p=$(printf '%s' "$line" | sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
	f=$(printf '%s' "$line" | sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
	if [ -z "$p" ] || [ $rc -ne 0 ]; then
		printf '%s\n' "$out" | grep -v ' passed, ' | head -20
		note_fail "$(basename "$t") (exit $rc)"
		[ -n "$p" ] && pass=$((pass + p))
		continue
	fi
	pass=$((pass + p))
	if [ "$f" -gt 0 ]; then
		printf '%s\n' "$out" | head -20
		fail=$((fail + f))
		failed_list="$failed_list
  $(basename "$t"): $f"
	fi
done

# Fuzz targets replayed over their seed corpora (tests/fuzz/seeds/<format>/).
for t in "$ROOT/$BUILD"/fuzz-*; do
	[ -x "$t" ] || continue
	fmt=${t##*/fuzz-}
	set -- "$ROOT/tests/fuzz/seeds/$fmt"/*
	[ -e "$1" ] || continue
	if out=$("$t" "fuzz-$fmt" "$@" 2>&1); then
		p=$(printf '%s\n' "$out" | tail -n 1 | sed -n 's/.*: \([0-9]*\) passed.*/\1/p')
		pass=$((pass + ${p:-0}))
	else
		printf '%s\n' "$out" | tail -20
		note_fail "fuzz-$fmt replay"
	fi
done

# Case tests: tests/cases/<cmd>/<NNNN-name>/cmd holds the arguments (one line, sh syntax,
# $CORPORA available); run in the case folder; compare stdout, stderr, exit code.
# A file "needs-corpora" marks cases that read ../shared/corpora.
for dir in $(find "$ROOT/tests/cases" -mindepth 2 -maxdepth 2 -type d | sort); do
	case "$dir" in *"${ONLY:-}"*) ;; *) continue ;; esac
	[ -f "$dir/cmd" ] || continue
	name=${dir#"$ROOT/tests/cases/"}
	if [ -f "$dir/needs-corpora" ] && [ ! -d "$CORPORA" ]; then
		skipped=$((skipped + 1))
		continue
	fi
	args=$(cat "$dir/cmd")
	out=$(mktemp) err=$(mktemp)
	(cd "$dir" && eval "${VALGRIND:-} \"\$BIN\" $args" >"$out" 2>"$err")
	rc=$?
	# Corpus paths differ between machines: compare them as the literal $CORPORA.
	if [ -f "$dir/needs-corpora" ]; then
		for f in "$out" "$err"; do
			sed "s|$CORPORA|\$CORPORA|g" "$f" >"$f.n" && mv "$f.n" "$f"
		done
	fi
	if [ -n "${POPULATE:-}" ]; then
		cp "$out" "$dir/expout"
		cp "$err" "$dir/experr"
		if [ $rc -ne 0 ]; then echo $rc >"$dir/exitcode"; else rm -f "$dir/exitcode"; fi
	fi
	want=0
	[ -f "$dir/exitcode" ] && want=$(cat "$dir/exitcode")
	ok=1
	if [ "$rc" != "$want" ]; then
		echo "FAIL $name: exit $rc, expected $want"
		ok=0
	fi
	for s in out err; do
		f=$out
		[ $s = err ] && f=$err
		if [ -f "$dir/exp$s" ]; then
			if ! cmp -s "$f" "$dir/exp$s"; then
				echo "FAIL $name: std$s differs"
				diff -u "$dir/exp$s" "$f" | head -30
				ok=0
			fi
		fi
	done
	if [ $ok = 1 ]; then pass=$((pass + 1)); else note_fail "$name"; fi
	rm -f "$out" "$err"
done

# Script tests: tests/scripts/*.sh exit 0 on success (they get BIN, ROOT, CORPORA).
for s in "$ROOT"/tests/scripts/*.sh; do
	[ -f "$s" ] || continue
	case "$s" in *"${ONLY:-}"*) ;; *) continue ;; esac
	if out=$(BIN="$BIN" ROOT="$ROOT" sh "$s" 2>&1); then
		pass=$((pass + 1))
		case "$out" in *SKIP*) printf '%s\n' "$out" | grep SKIP ;; esac
	else
		printf '%s\n' "$out" | tail -20
		note_fail "$(basename "$s")"
	fi
done

if [ $skipped -gt 0 ]; then
	echo "notice: $skipped corpus cases skipped: $CORPORA not found (they read the shared corpora)"
fi
if [ $fail -gt 0 ]; then
	echo "failed:$failed_list"
fi
echo "tests: $pass passed, $fail failed"
[ $fail -eq 0 ]
