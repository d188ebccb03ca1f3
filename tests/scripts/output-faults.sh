#!/bin/sh
# Outputs under faults, for every kind of output (coverage -o FILE; report, thread and user
# -o DIR): a full disk, runs killed at random moments (SIGTERM, SIGKILL, inside a PID namespace),
# two runs committing the same output at once, and what killed runs left beside it. Each time the
# output is whole under its final name (the earlier one or the new one) or absent; a failed write
# names the path given and "No space left on device", and the accounting line still ends the run;
# nothing is left beside the output once a run ended on a signal it can catch, or once a clean
# run followed. The full-disk part needs root and mount (tmpfs), the namespace part unshare: each
# prints SKIP when the machine does not allow it. SEED=N repeats the same kill moments;
# ROUNDS=N kills each kind N times per signal (default 4), RACES=N races each kind N times.
set -u
cd "$ROOT"
IN=samples/facebook
W=$(mktemp -d)
mounted=
cleanup() {
	[ -n "$mounted" ] && umount "$mounted" 2>/dev/null
	rm -rf "$W"
}
trap cleanup EXIT
SEED=${SEED:-$$}
ROUNDS=${ROUNDS:-4}
RACES=${RACES:-3}
fail() {
	echo "output-faults: $* (SEED=$SEED)"
	exit 1
}

# run KIND OUT OPTION...: the command of that kind writing OUT (options before the inputs).
# EXEC=exec in a background job makes $! the run itself; WRAP runs it under another command.
EXEC= WRAP=
run() {
	_kind=$1 _out=$2
	shift 2
	case $_kind in
	coverage) $EXEC $WRAP "$BIN" coverage --format json "$@" -o "$_out" $IN ;;
	report) $EXEC $WRAP "$BIN" report "$@" -o "$_out" $IN ;;
	thread) $EXEC $WRAP "$BIN" thread 1220000438400853 "$@" -o "$_out" $IN ;;
	user) $EXEC $WRAP "$BIN" user 38319896786899733 --format html "$@" -o "$_out" $IN ;;
	esac
}
# An earlier output of the same kind, different from the new one.
earlier_opts() {
	case $1 in coverage) echo "--rules direct" ;; *) echo "--lang es" ;; esac
}
same() { # same A B: identical files, or folders holding identical files
	if [ -d "$2" ]; then diff -r "$1" "$2" >/dev/null 2>&1; else cmp -s "$1" "$2"; fi
}
# only DIR NAME...: DIR holds exactly these names (hidden ones included), nothing left beside
only() {
	_in=$1
	shift
	_got=$(ls -A "$_in" | LC_ALL=C sort | tr '\n' ' ')
	_want=$(for _n in "$@"; do echo "$_n"; done | LC_ALL=C sort | tr '\n' ' ')
	[ "$_got" = "$_want" ]
}
# whole OUT KIND WHICH: OUT is absent, or identical to the new or the earlier reference
whole() {
	[ -e "$1" ] || [ -L "$1" ] || return 0
	same "$W/ref/$2.new" "$1" || { [ "$3" = earlier ] && same "$W/ref/$2.old" "$1"; }
}
rand_ms() { # rand_ms N MAX: a reproducible pseudo-random delay below MAX milliseconds
	awk -v s="$SEED" -v n="$1" -v m="$2" 'BEGIN { srand(s * 7919 + n); printf "%.3f", rand() * m / 1000 }'
}
now_ms() {
	t=$(date +%s%N 2>/dev/null)
	case $t in *N | "") echo $(($(date +%s) * 1000)) ;; *) echo $((t / 1000000)) ;; esac
}

KINDS="coverage report thread user"
mkdir -p "$W/ref" "$W/k"
for kind in $KINDS; do
	t0=$(now_ms)
	run $kind "$W/ref/$kind.new" >/dev/null 2>&1 || fail "$kind: the reference run failed"
	t1=$(now_ms)
	# shellcheck disable=SC2046
	run $kind "$W/ref/$kind.old" $(earlier_opts $kind) >/dev/null 2>&1 || fail "$kind: the earlier run failed"
	same "$W/ref/$kind.new" "$W/ref/$kind.old" && fail "$kind: the earlier output is not different"
	eval "ms_$kind=$((t1 - t0 + 20))"
done

# 1. A device that is full: the errno of the failed write, with the path, and the accounting line.
if [ -c /dev/full ]; then
	"$BIN" coverage -o /dev/full $IN >/dev/null 2>"$W/err"
	rc=$?
	[ $rc = 2 ] || fail "coverage -o /dev/full: exit $rc, expected 2"
	grep -qx "replycov: /dev/full: error: cannot write: No space left on device" "$W/err" ||
		fail "coverage -o /dev/full: $(cat "$W/err")"
	grep -q "^replycov: read 4 files" "$W/err" || fail "coverage -o /dev/full: no accounting line"
fi

# 2. What killed runs left beside an output: removed when it is theirs and nobody holds it;
#    kept while a run holds its lock.
cp -R "$W/ref/report.old" "$W/k/.out.replycov-Ab12Cd"
mkdir "$W/k/.out.replycov-Ef34Gh"
echo '# half' >"$W/k/.out.replycov-Ef34Gh/.report.md.replycov-Zz9Yy8"
cp -R "$W/ref/report.old" "$W/k/.out.replycov-Live00"
# the lock is held by the command flock (util-linux, on every Debian system) runs: its pid is
# written down to end it
flock "$W/k/.out.replycov-Live00" sh -c 'echo $$ >"$0"; exec sleep 30' "$W/holder" &
holder=$!
n=0
while [ ! -s "$W/holder" ] && [ $n -lt 50 ]; do
	sleep 0.1
	n=$((n + 1))
done
run report "$W/k/out" >/dev/null 2>"$W/err" || fail "report beside leftovers: $(cat "$W/err")"
same "$W/ref/report.new" "$W/k/out" || fail "report beside leftovers: not the report"
only "$W/k" out .out.replycov-Live00 || fail "leftovers: $(ls -A "$W/k") (the locked one must stay, the others go)"
kill "$(cat "$W/holder")" 2>/dev/null
wait $holder 2>/dev/null
run report "$W/k/out" >/dev/null 2>&1 || fail "report after the lock was released"
only "$W/k" out || fail "leftovers: $(ls -A "$W/k")"
echo '{"half' >"$W/k/.c.json.replycov-Q1w2E3"
run coverage "$W/k/c.json" 2>/dev/null || fail "coverage beside a leftover"
only "$W/k" out c.json || fail "leftover of coverage: $(ls -A "$W/k")"
rm -rf "$W/k"/* "$W/k"/.??* 2>/dev/null

# 3. Killed at random moments. SIGTERM: nothing left at all. SIGKILL: the next clean run leaves
#    nothing. Either way the final name holds a whole output or nothing.
i=0
for sig in TERM KILL; do
	for kind in $KINDS; do
		eval "ms=\$ms_$kind"
		r=0
		while [ $r -lt "$ROUNDS" ]; do
			r=$((r + 1))
			earlier=none
			[ $((r % 2)) = 0 ] && earlier=earlier
			i=$((i + 1))
			rm -rf "$W/k"/* "$W/k"/.??* 2>/dev/null
			[ $earlier = earlier ] && cp -R "$W/ref/$kind.old" "$W/k/out"
			d=$(rand_ms $i "$ms")
			EXEC=exec run $kind "$W/k/out" >/dev/null 2>&1 &
			pid=$!
			sleep "$d"
			kill -s $sig $pid 2>/dev/null
			wait $pid 2>/dev/null
			whole "$W/k/out" $kind $earlier || fail "$kind killed ($sig) after ${d}s: half an output under the final name"
			if [ $sig = TERM ]; then
				if [ -e "$W/k/out" ]; then only "$W/k" out; else only "$W/k"; fi ||
					fail "$kind killed (TERM) after ${d}s left: $(ls -A "$W/k")"
			fi
			run $kind "$W/k/out" >/dev/null 2>"$W/err" || fail "$kind after a kill ($sig, ${d}s): $(cat "$W/err")"
			same "$W/ref/$kind.new" "$W/k/out" || fail "$kind after a kill ($sig, ${d}s): not the output"
			only "$W/k" out || fail "$kind after a kill ($sig, ${d}s) and a clean run: $(ls -A "$W/k")"
		done
	done
done

# 4. Two runs committing the same output at once (and the same without RENAME_EXCHANGE): both
#    succeed, the output is one of the two whole, nothing is left beside it.
for mode in exchange aside; do
	[ $mode = aside ] && export REPLYCOV_TEST_NO_EXCHANGE=1
	for kind in $KINDS; do
		n=0
		while [ $n -lt "$RACES" ]; do
			n=$((n + 1))
			rm -rf "$W/k"/* "$W/k"/.??* 2>/dev/null
			[ $((n % 2)) = 0 ] && cp -R "$W/ref/$kind.old" "$W/k/out"
			# shellcheck disable=SC2046
			EXEC=exec run $kind "$W/k/out" $(earlier_opts $kind) >/dev/null 2>"$W/err1" &
			a=$!
			EXEC=exec run $kind "$W/k/out" >/dev/null 2>"$W/err2" &
			b=$!
			wait $a
			ra=$?
			wait $b
			rb=$?
			[ $ra = 0 ] && [ $rb = 0 ] || fail "$kind, two runs at once ($mode): exit $ra and $rb: $(cat "$W/err1" "$W/err2")"
			same "$W/ref/$kind.new" "$W/k/out" || same "$W/ref/$kind.old" "$W/k/out" ||
				fail "$kind, two runs at once ($mode): the output is neither run's"
			only "$W/k" out || fail "$kind, two runs at once ($mode) left: $(ls -A "$W/k")"
			grep -v "^replycov: read \|another run wrote" "$W/err1" "$W/err2" | grep . &&
				fail "$kind, two runs at once ($mode): unexpected messages"
		done
	done
	unset REPLYCOV_TEST_NO_EXCHANGE
done

# 5. Inside a PID namespace every run has the same process id: a killed run's leftover must not
#    stop the next one (it used to: "File exists" until someone removed DIR.tmpPID).
ns_child() { # the child unshare started, once it has (empty when unshare has ended)
	_n=0
	while kill -0 "$1" 2>/dev/null && [ $_n -lt 100 ]; do
		_c=$(cat "/proc/$1/task/$1/children" 2>/dev/null)
		[ -n "$_c" ] && echo "$_c" && return
		sleep 0.01
		_n=$((_n + 1))
	done
}
if [ "$(id -u)" = 0 ] && unshare --pid --fork --kill-child true 2>/dev/null && [ -r /proc/$$/task/$$/children ]; then
	for kind in report user coverage; do
		rm -rf "$W/k"/* "$W/k"/.??* 2>/dev/null
		eval "ms=\$ms_$kind"
		for n in 1 2 3; do
			i=$((i + 1))
			d=$(rand_ms $i "$ms")
			# the run is the namespace's process 1, unshare's child: killed itself, so that it is
			# gone when unshare returns
			EXEC=exec WRAP="unshare --pid --fork --kill-child=KILL" run $kind "$W/k/out" >/dev/null 2>&1 &
			pid=$!
			sleep "$d"
			child=$(ns_child $pid)
			[ -n "$child" ] && kill -KILL $child 2>/dev/null
			wait $pid 2>/dev/null
			whole "$W/k/out" $kind none || fail "$kind killed in a PID namespace: half an output"
		done
		WRAP="unshare --pid --fork" run $kind "$W/k/out" >/dev/null 2>"$W/err" ||
			fail "$kind in a PID namespace after kills: $(cat "$W/err")"
		same "$W/ref/$kind.new" "$W/k/out" && only "$W/k" out || fail "$kind in a PID namespace: $(ls -A "$W/k")"
		# SIGTERM to the namespace's process 1, which ignores every signal it has no handler for:
		# it must still clean up and end (unshare itself blocks SIGTERM: the run is signalled)
		EXEC=exec WRAP="unshare --pid --fork --kill-child=KILL" run $kind "$W/k/out" >/dev/null 2>"$W/err" &
		pid=$!
		sleep "$(rand_ms $i "$ms")"
		child=$(ns_child $pid)
		[ -n "$child" ] && kill -TERM $child 2>/dev/null
		wait $pid
		rc=$?
		[ $rc = 0 ] || [ $rc = 143 ] || fail "$kind terminated in a PID namespace: exit $rc: $(cat "$W/err")"
		whole "$W/k/out" $kind earlier && only "$W/k" out || fail "$kind terminated in a PID namespace: $(ls -A "$W/k")"
	done
else
	echo "SKIP output-faults PID namespace: needs root and unshare"
fi

# 6. A full disk, at several points of the writing (free space from none to most of an output).
#    Without gnuplot, so that every byte is replycov's own.
export REPLYCOV_GNUPLOT=/nonexistent/gnuplot
M=$W/mnt
mkdir -p "$M"
if [ "$(id -u)" != 0 ] || ! mount -t tmpfs -o size=4m tmpfs "$M" 2>/dev/null; then
	echo "SKIP output-faults full disk: needs root and mount (tmpfs)"
	exit 0
fi
mounted=$M
for kind in $KINDS; do
	run $kind "$W/ref/$kind.new" >/dev/null 2>&1 || fail "$kind: the reference run failed (no gnuplot)"
	for free in 0 16 64 160; do
		for earlier in none earlier; do
			rm -rf "$M"/* "$M"/.??* 2>/dev/null
			[ $earlier = earlier ] && cp -R "$W/ref/$kind.old" "$M/out"
			dd if=/dev/zero of="$M/fill" bs=4096 2>/dev/null
			[ $free -gt 0 ] && truncate -s -${free}K "$M/fill"
			run $kind "$M/out" >/dev/null 2>"$W/err"
			rc=$?
			case $rc in
			0) same "$W/ref/$kind.new" "$M/out" || fail "$kind with ${free}K free: exit 0 and not the output" ;;
			2)
				grep -q "^replycov: $M/out[^ ]*: error: cannot write: No space left on device$" "$W/err" ||
					fail "$kind with ${free}K free: no message naming the path and the error: $(cat "$W/err")"
				grep -q "^replycov: read 4 files" "$W/err" || fail "$kind with ${free}K free: no accounting line"
				if [ $earlier = earlier ]; then
					same "$W/ref/$kind.old" "$M/out" || fail "$kind with ${free}K free: the earlier output was damaged"
				else
					[ ! -e "$M/out" ] || fail "$kind with ${free}K free: a failed run left '$M/out'"
				fi
				;;
			*) fail "$kind with ${free}K free: exit $rc: $(cat "$W/err")" ;;
			esac
			if [ -e "$M/out" ]; then only "$M" fill out; else only "$M" fill; fi ||
				fail "$kind with ${free}K free left: $(ls -A "$M")"
			rm -f "$M/fill"
			run $kind "$M/out" >/dev/null 2>"$W/err" || fail "$kind after the disk was freed: $(cat "$W/err")"
			same "$W/ref/$kind.new" "$M/out" && only "$M" out || fail "$kind after the disk was freed: $(ls -A "$M")"
		done
	done
done
exit 0
