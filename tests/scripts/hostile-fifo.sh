#!/bin/sh
# FIFOs, pipes and devices given as inputs (issue 12, defect 8). Nothing waits for a writer to
# appear and nothing reads an endless device: every run here must end within 20 s. A pipe
# named on the command line (/dev/stdin, a process substitution, a FIFO with a writer) is read
# to its end, and kept for a second reading when a later file brings its thread back.
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir"
fail() {
	echo "hostile-fifo: $*"
	[ -f err ] && cat err
	exit 1
}
# Exit code of BIN with a deadline; 124 means it hung.
run() {
	rc=0
	timeout 20 "$BIN" "$@" >out 2>err || rc=$?
	[ $rc != 124 ] || fail "'replycov $*' still running after 20 s"
}
printf 'thread,id,parent_id,author_id,author,created_at,text\nt1,t1,,page,Servei,2026-03-02T08:00:00Z,Post\nt1,c1,t1,u1,Ana Gil,2026-03-02T09:00:00Z,Hola?\n' >a.csv
printf 'thread,id,parent_id,author_id,author,created_at,text\nt2,t2,,page,Servei,2026-03-02T08:00:00Z,Post\n' >b.csv
printf 'thread,id,parent_id,author_id,author,created_at,text\nt1,r1,c1,page,Servei,2026-03-02T10:00:00Z,Resposta\n' >c.csv

# A FIFO no program writes to: not waited for, said so; nothing read, so exit 1.
mkfifo fifo
run coverage fifo
[ $rc = 1 ] || fail "a FIFO with no writer: exit $rc, expected 1"
grep -q "^replycov: fifo: warning: skipped: no program wrote to the FIFO within 5 seconds$" err || fail "no message for the FIFO"
grep -q "^replycov: error: no messages read: 'fifo' is empty$" err || fail "no sentence for the FIFO"

# A FIFO with a writer: read to its end.
timeout 20 sh -c 'cat a.csv >fifo' &
run dump fifo
wait
[ $rc = 0 ] && grep -q "^replycov: read 1 file, 2 messages" err || fail "a FIFO with a writer was not read (exit $rc)"

# A FIFO (or any special file) inside a folder: skipped, counted.
mkdir d
cp a.csv d/
mkfifo d/pipe
run dump d
[ $rc = 0 ] || fail "a folder holding a FIFO: exit $rc"
grep -q "^replycov: d/pipe: warning: skipped: not a regular file$" err || fail "the FIFO in a folder not reported"
grep -q "^replycov: read 1 of 2 files (not read: 1 not a regular file), 2 messages" err || fail "accounting of the folder"

# Standard input: a pipe, and a file redirected.
cat a.csv | timeout 20 "$BIN" dump /dev/stdin >out 2>err || fail "/dev/stdin from a pipe: exit $?"
grep -q "^replycov: read 1 file, 2 messages" err || fail "/dev/stdin from a pipe not read"
run dump /dev/stdin <a.csv
[ $rc = 0 ] && grep -q "^replycov: read 1 file, 2 messages" err || fail "/dev/stdin from a file not read"

# A pipe read twice: c.csv brings back the thread of the pipe after b.csv; the pipe's own
# messages must be there (kept in a temporary copy), not lost.
cat a.csv | timeout 20 "$BIN" dump /dev/stdin b.csv c.csv >out 2>err || fail "a pipe read twice: exit $?"
grep -q "^thread generic/t1  (3 messages" out && grep -q "c1 .*@/dev/stdin:3" out ||
	{ cat out; fail "the messages of the pipe were lost when its thread was read again"; }

# Devices: refused at once, never opened (/dev/zero would be read forever).
for dev in /dev/zero /dev/null; do
	run dump "$dev"
	[ $rc = 1 ] || fail "$dev: exit $rc, expected 1"
	grep -q "^replycov: $dev: error: cannot read: a character device, not a regular file" err || fail "$dev not refused"
done
# verify, given a FIFO where the report's input was: says it cannot be read, never waits for it.
mkdir v
cp a.csv v/in.csv
timeout 20 "$BIN" --quiet report -o v/r v/in.csv >/dev/null 2>&1 || fail "report for verify: exit $?"
mv v/in.csv v/in.bak
mkfifo v/in.csv
rc=0
timeout 20 "$BIN" verify v/r v/in.csv >out 2>err || rc=$?
[ $rc = 124 ] && fail "verify waited on a FIFO"
[ $rc = 1 ] && grep -q "DIFFERS: input 'v/in.csv' cannot be read" out || { cat out err; fail "verify of a FIFO input: exit $rc"; }
exit 0
